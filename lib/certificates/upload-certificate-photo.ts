import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { conflict, notFound } from "@/lib/errors";
import { fileStorage } from "@/lib/storage/file-storage";
import type { UploadedFile } from "@/lib/storage/check-upload";
import { checkCertificatePhoto } from "./check-photo";
import { PHOTO_APPROVED, PHOTO_UPLOADED, STATUS_LABELS, UNSUBMITTED } from "./rules";

export const CERTIFICATE_PHOTO_PURPOSE = "certificate-photo";

/**
 * 职称证书补录 → 照片上传: the professional's photo for one of the certificates bearing their 身份证号, while the
 * unit has not yet approved it. The certificate then waits for the unit's review.
 */
export async function uploadCertificatePhoto(o: { actor: PersonActor; ip: string; certificateId: string; file: UploadedFile | null }) {
  const photo = await checkCertificatePhoto(o.file);
  const me = await db.user.findUniqueOrThrow({ where: { id: o.actor.userId }, select: { idNumber: true } });
  // Only a certificate bearing the account's own 身份证号.
  const mine = await db.certificate.findFirst({ where: { id: o.certificateId, idNumber: me.idNumber }, select: { id: true, status: true, photoStatus: true } });
  if (!mine) throw notFound("证书不存在，或该证书的身份证号与您的账号不一致");
  const storageKey = `certificates/${o.certificateId}/${randomUUID()}`;
  await fileStorage().put(storageKey, photo.bytes);
  try {
    await db.$transaction(async (tx) => {
      const file = await tx.storedFile.create({
        data: { storageKey, originalName: photo.name.slice(-200), mime: photo.mime, size: photo.bytes.byteLength, purpose: CERTIFICATE_PHOTO_PURPOSE, ownerUserId: o.actor.userId },
      });
      const updated = await tx.certificate.updateMany({
        where: { id: mine.id, status: { in: UNSUBMITTED }, photoStatus: { not: PHOTO_APPROVED } },
        data: { photoFileId: file.id, ...PHOTO_UPLOADED, photoNote: null, version: { increment: 1 } },
      });
      if (updated.count === 0) {
        throw conflict(
          mine.photoStatus === PHOTO_APPROVED ? "该证书的照片已审核通过，不能再更换" : `该证书当前状态为「${STATUS_LABELS[mine.status]}」，不能上传照片`,
        );
      }
      await recordAudit(tx, { actor: o.actor, ip: o.ip, action: "证书照片上传", entityType: "Certificate", entityId: mine.id, detail: { width: photo.width, height: photo.height } });
    });
  } catch (e) {
    await fileStorage().remove(storageKey);
    throw e;
  }
}
