import "server-only";
import { db, type Tx } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { conflict } from "@/lib/errors";
import type { CertificatePhotoStatus } from "@/lib/db/generated/enums";
import { PHOTO_APPROVED, SUBMITTED, submitProblem, UNSUBMITTED } from "./rules";
import { unitForEntry } from "./unit-for-entry";

/**
 * Sends certificates of one unit to the 专技处 as one batch, in the caller's transaction: the batch, every row's
 * move to 已提交, the audit row. A row given its photo (an evaluation's: the declaration's, which every reviewer
 * saw) carries it as approved.
 */
export async function sendCertificateBatch(
  tx: Tx,
  o: { actor: PersonActor; ip: string; unitId: string; certificates: { id: string; photoFileId?: string | null }[]; action: string },
) {
  const batch = await tx.certificateBatch.create({ data: { unitId: o.unitId, status: SUBMITTED, count: o.certificates.length, submittedById: o.actor.userId } });
  await tx.certificate.updateMany({
    where: { id: { in: o.certificates.map((c) => c.id) } },
    data: { status: SUBMITTED, batchId: batch.id, version: { increment: 1 } },
  });
  for (const c of o.certificates) {
    if (c.photoFileId !== undefined) await tx.certificate.update({ where: { id: c.id }, data: { photoFileId: c.photoFileId, photoStatus: PHOTO_APPROVED } });
  }
  await recordAudit(tx, { actor: o.actor, ip: o.ip, action: o.action, entityType: "CertificateBatch", entityId: batch.id, detail: { count: o.certificates.length } });
  return batch;
}

/**
 * 提交: every certificate of the unit not yet sent goes to the 专技处 at once, only when each has an approved photo.
 * The rows are locked first, so of two handlers pressing 提交 together one sends the batch and the other is told.
 */
export async function submitCertificateBatch(o: { actor: PersonActor; ip: string }) {
  const unitId = unitForEntry(o.actor);
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; photoStatus: CertificatePhotoStatus }[]>`
      SELECT id, "photoStatus"::text AS "photoStatus" FROM "Certificate"
       WHERE "unitId" = ${unitId} AND status = ANY(${UNSUBMITTED}::"CertificateStatus"[])
       ORDER BY id FOR UPDATE`;
    const problem = submitProblem(rows);
    if (problem) throw conflict(problem);
    const batch = await sendCertificateBatch(tx, { actor: o.actor, ip: o.ip, unitId, certificates: rows, action: "证书提交" });
    return { id: batch.id, count: rows.length };
  });
}
