import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";

export type AuditFilter = { action?: string; actor?: string; entityType?: string; from?: Date; to?: Date; page: number };

export const AUDIT_PAGE_SIZE = 50;

export async function listAudit(filter: AuditFilter) {
  const where: Prisma.AuditLogWhereInput = {
    action: filter.action ? { contains: filter.action } : undefined,
    actorLabel: filter.actor ? { contains: filter.actor } : undefined,
    entityType: filter.entityType || undefined,
    at: filter.from || filter.to ? { gte: filter.from, lt: filter.to } : undefined,
  };
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
  ]);
  return { total, rows };
}
