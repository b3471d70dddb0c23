import "server-only";
import { subDays } from "date-fns";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { recordAudit } from "./record-audit";

/**
 * The one deletion the audit log allows (see the trigger in the auth_sessions_audit_append_only migration): rows older
 * than the retention period (AUDIT_RETENTION_DAYS, at least 180), and the purge itself is audited.
 */
export async function purgeAuditLog(opts: { now?: Date } = {}) {
  const retentionDays = env().AUDIT_RETENTION_DAYS;
  const before = subDays(opts.now ?? new Date(), retentionDays);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('app.audit_purge_before', ${before.toISOString()}, true)`;
    const { count } = await tx.auditLog.deleteMany({ where: { at: { lt: before } } });
    await tx.$executeRaw`SELECT set_config('app.audit_purge_before', '', true)`;
    await recordAudit(tx, {
      actor: null,
      ip: null,
      action: "审计日志保留期清理",
      entityType: "AuditLog",
      detail: { before: before.toISOString(), deleted: count, retentionDays },
    });
    return { deleted: count, before };
  });
}
