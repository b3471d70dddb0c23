import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { conflict } from "@/lib/errors";
import type { CertificatePhotoStatus } from "@/lib/db/generated/enums";
import { submitProblem } from "./rules";
import { unitForEntry } from "./unit-for-entry";

/**
 * 提交: every certificate of the unit not yet sent goes to the 专技处 at once, only when each has an approved photo.
 * The rows are locked first, so of two handlers pressing 提交 together one sends the batch and the other is told.
 */
export async function submitCertificateBatch(o: { actor: PersonActor; ip: string }) {
  const unitId = unitForEntry(o.actor);
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; photoStatus: CertificatePhotoStatus }[]>`
      SELECT id, "photoStatus"::text AS "photoStatus" FROM "Certificate"
       WHERE "unitId" = ${unitId} AND status IN ('ENTERING', 'PENDING_UNIT', 'RETURNED')
       ORDER BY id FOR UPDATE`;
    const problem = submitProblem(rows);
    if (problem) throw conflict(problem);
    const batch = await tx.certificateBatch.create({ data: { unitId, count: rows.length, submittedById: o.actor.userId } });
    await tx.certificate.updateMany({
      where: { id: { in: rows.map((r) => r.id) } },
      data: { status: "SUBMITTED", batchId: batch.id, version: { increment: 1 } },
    });
    await recordAudit(tx, { actor: o.actor, ip: o.ip, action: "证书提交", entityType: "CertificateBatch", entityId: batch.id, detail: { count: rows.length } });
    return { id: batch.id, count: rows.length };
  });
}
