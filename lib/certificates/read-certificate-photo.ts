import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { unitsInScopeSql } from "@/lib/auth/scope";
import { notFound } from "@/lib/errors";
import { fileStorage } from "@/lib/storage/file-storage";
import type { ServedFile } from "@/lib/storage/file-response";
import { ENTERING } from "./rules";

const servedPhoto = async (file: { storageKey: string; mime: string }): Promise<ServedFile> => ({
  bytes: await fileStorage().get(file.storageKey),
  mime: file.mime,
  name: `证书照片.${file.mime === "image/png" ? "png" : "jpg"}`,
});

/** A certificate's photo, for its owner (same 身份证号), its unit's handler and the 专技处; anyone else: not found. */
export async function readCertificatePhoto(o: { actor: PersonActor; certificateId: string }): Promise<ServedFile> {
  const [row] = await db.$queryRaw<{ storageKey: string; mime: string }[]>`
    SELECT f."storageKey", f.mime
      FROM "Certificate" c JOIN "StoredFile" f ON f.id = c."photoFileId"
     WHERE c.id = ${o.certificateId}
       AND (c."idNumber" = (SELECT "idNumber" FROM "User" WHERE id = ${o.actor.userId})
            OR c."unitId" IN (${unitsInScopeSql(o.actor, "certificate.entry")})
            OR (c.status <> ${ENTERING}::"CertificateStatus" AND c."unitId" IN (${unitsInScopeSql(o.actor, "certificate.confirm")})))`;
  if (!row) throw notFound("照片不存在或您无权查看");
  return servedPhoto(row);
}

/** A certificate's photo with no actor: the caller has already proved the right to it (download token, verification code). */
export async function storedPhoto(photoFileId: string | null): Promise<ServedFile | null> {
  if (!photoFileId) return null;
  const file = await db.storedFile.findUnique({ where: { id: photoFileId }, select: { storageKey: true, mime: true } });
  return file ? servedPhoto(file) : null;
}
