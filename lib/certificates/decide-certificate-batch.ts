import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { unitsInScopeSql } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { conflict, notFound } from "@/lib/errors";
import type { CertificateBatchStatus } from "@/lib/db/generated/enums";
import { BATCH_STATUS_LABELS, batchDecided, SUBMITTED } from "./rules";

/** 专技处 确认 (the certificates become public) or 退回 with a reason (the unit corrects and submits again). */
export async function decideCertificateBatch(o: { actor: PersonActor; ip: string; id: string; confirm: boolean; reason?: string }) {
  const to = batchDecided(o.confirm);
  return db.$transaction(async (tx) => {
    const decided = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "CertificateBatch"
         SET status = ${to}::"CertificateBatchStatus", "decidedById" = ${o.actor.userId}, "decidedAt" = now() AT TIME ZONE 'UTC', reason = ${o.confirm ? null : (o.reason ?? null)}
       WHERE id = ${o.id} AND status = ${SUBMITTED}::"CertificateBatchStatus" AND "unitId" IN (${unitsInScopeSql(o.actor, "certificate.confirm")})
      RETURNING id`;
    if (decided.length === 0) {
      const current = await tx.$queryRaw<{ status: CertificateBatchStatus }[]>`
        SELECT status::text AS status FROM "CertificateBatch" WHERE id = ${o.id} AND "unitId" IN (${unitsInScopeSql(o.actor, "certificate.confirm")})`;
      if (!current[0]) throw notFound("批次不存在或您无权操作");
      throw conflict(`该批次已被处理（当前为「${BATCH_STATUS_LABELS[current[0].status]}」），请刷新后重试`);
    }
    const count = await tx.$executeRaw`
      UPDATE "Certificate" SET status = ${to}::"CertificateStatus", version = version + 1, "updatedAt" = now() AT TIME ZONE 'UTC'
       WHERE "batchId" = ${o.id} AND status = ${SUBMITTED}::"CertificateStatus"`;
    await recordAudit(tx, { actor: o.actor, ip: o.ip, action: o.confirm ? "证书确认" : "证书退回", entityType: "CertificateBatch", entityId: o.id, detail: { count, reason: o.reason ?? null } });
    return { count };
  });
}
