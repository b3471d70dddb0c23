import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { unitsInScopeSql } from "@/lib/auth/scope";
import { notFound } from "@/lib/errors";
import { fileStorage } from "@/lib/storage/file-storage";
import type { ServedFile } from "@/lib/storage/file-response";

/** A certificate's photo, for its owner (same 身份证号), its unit's handler and the 专技处; anyone else: not found. */
export async function readCertificatePhoto(o: { actor: PersonActor; certificateId: string }): Promise<ServedFile> {
  const [row] = await db.$queryRaw<{ storageKey: string; mime: string }[]>`
    SELECT f."storageKey", f.mime
      FROM "Certificate" c JOIN "StoredFile" f ON f.id = c."photoFileId"
     WHERE c.id = ${o.certificateId}
       AND (c."idNumber" = (SELECT "idNumber" FROM "User" WHERE id = ${o.actor.userId})
            OR c."unitId" IN (${unitsInScopeSql(o.actor, "certificate.entry")})
            OR (c.status <> 'ENTERING' AND c."unitId" IN (${unitsInScopeSql(o.actor, "certificate.confirm")})))`;
  if (!row) throw notFound("照片不存在或您无权查看");
  const bytes = await fileStorage().get(row.storageKey);
  return { bytes, mime: row.mime, name: `证书照片.${row.mime === "image/png" ? "png" : "jpg"}` };
}

/** The photo's bytes for the certificate PDF (no actor: the caller has already proved the right to it). */
export async function photoBytes(photoFileId: string | null): Promise<Buffer | null> {
  if (!photoFileId) return null;
  const file = await db.storedFile.findUnique({ where: { id: photoFileId }, select: { storageKey: true } });
  return file ? fileStorage().get(file.storageKey) : null;
}
