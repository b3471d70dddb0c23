import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { pagedList } from "@/lib/list-query";

export type AuditFilter = { action?: string; actor?: string; entityType?: string; from?: Date; to?: Date; page: number };

export const AUDIT_PAGE_SIZE = 50;

export async function listAudit(filter: AuditFilter) {
  const where: Prisma.AuditLogWhereInput = {
    action: filter.action ? { contains: filter.action } : undefined,
    actorLabel: filter.actor ? { contains: filter.actor } : undefined,
    entityType: filter.entityType || undefined,
    at: filter.from || filter.to ? { gte: filter.from, lt: filter.to } : undefined,
  };
  return pagedList(
    filter.page,
    { count: () => db.auditLog.count({ where }), rows: (page) => db.auditLog.findMany({ where, orderBy: { id: "desc" }, ...page }) },
    AUDIT_PAGE_SIZE,
  );
}
