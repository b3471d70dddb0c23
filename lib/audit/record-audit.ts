import type { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";

export type AuditEntry = {
  actor: Actor | null;
  ip: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  detail?: Prisma.InputJsonValue;
};

/** The audit row's columns; shared by recordAudit and by writes that insert the row within a single SQL statement. */
export function auditColumns(entry: AuditEntry) {
  return {
    actorUserId: entry.actor?.kind === "person" ? entry.actor.userId : null,
    actorUnitId: entry.actor?.kind === "unit" ? entry.actor.unitId : null,
    actorLabel: entry.actor ? entry.actor.name : "匿名",
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    ip: entry.ip,
    detail: entry.detail,
  };
}

/** Written inside the transaction of the change it records, so the two stand or fall together. */
export async function recordAudit(tx: Tx, entry: AuditEntry) {
  await tx.auditLog.create({ data: auditColumns(entry) });
}
