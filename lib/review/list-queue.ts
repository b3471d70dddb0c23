import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { DeclarationStatus, TitleLevel } from "@/lib/db/generated/enums";
import type { Actor } from "@/lib/auth/permissions";
import { unitsInScopeSql } from "@/lib/auth/scope";
import { maskIdNumber } from "@/lib/validation/id-number";
import { formatShanghai } from "@/lib/time";
import { PAGE_SIZE, type Paged } from "@/lib/list-query";
import { bureauReviewSql, deptReviewSql } from "./readable";
import { QUEUES, type QueueKey, type QueueTab } from "./queue-config";
import type { QueueFilter } from "./queue-filter";

export type QueueRow = {
  id: string;
  version: number;
  status: DeclarationStatus;
  applicantName: string;
  idNumberMasked: string;
  unitName: string;
  roundName: string;
  level: TitleLevel;
  titleName: string;
  submittedAt: Date | null;
  supplementDeadline: string | null;
  /** NEEDS_SUPPLEMENT past its 补正期限 (逾期未补正). */
  overdue: boolean;
};

/** Which declarations a queue shows the actor: its scope, in the WHERE. */
export function queueScopeSql(actor: Actor, key: QueueKey): Prisma.Sql {
  if (key === "dept") return deptReviewSql(actor);
  if (key === "qualification") return bureauReviewSql(actor);
  return Prisma.sql`d."unitId" IN (${unitsInScopeSql(actor, QUEUES[key].permission)})`;
}

export function queueTab(key: QueueKey, tab?: string): QueueTab {
  const tabs = QUEUES[key].tabs;
  return tabs.find((t) => t.key === tab) ?? tabs[0];
}

function whereSql(actor: Actor, key: QueueKey, f: Omit<QueueFilter, "page">): Prisma.Sql {
  const parts = [queueScopeSql(actor, key), Prisma.sql`d.status::text = ANY(${queueTab(key, f.tab).statuses}::text[])`];
  if (f.roundId) parts.push(Prisma.sql`d."roundId" = ${f.roundId}`);
  if (f.q) {
    const q = f.q.replace(/[\\%_]/g, (c) => `\\${c}`);
    parts.push(Prisma.sql`(u.name LIKE ${`%${q}%`} OR u."idNumber" LIKE ${`${q.toUpperCase()}%`})`);
  }
  if (f.from) parts.push(Prisma.sql`d."submittedAt" >= (${f.from}::date::timestamp - interval '8 hours')`);
  if (f.to) parts.push(Prisma.sql`d."submittedAt" < (${f.to}::date::timestamp + interval '16 hours')`);
  return Prisma.join(parts, " AND ");
}

type Row = Omit<QueueRow, "idNumberMasked" | "overdue"> & { idNumber: string };

/** One page of a reviewer queue with its count; ID numbers leave this function masked. */
export async function listQueue(opts: { actor: Actor; key: QueueKey; filter: QueueFilter; now?: Date; pageSize?: number }): Promise<Paged<QueueRow>> {
  const pageSize = opts.pageSize ?? PAGE_SIZE;
  const where = whereSql(opts.actor, opts.key, opts.filter);
  const [[{ total }], rows] = await Promise.all([
    db.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM "Declaration" d JOIN "User" u ON u.id = d."applicantId" WHERE ${where}`,
    db.$queryRaw<Row[]>`
      SELECT d.id, d.version, d.status::text AS status, d.level::text AS level, d."titleName", d."submittedAt", d."supplementDeadline",
             u.name AS "applicantName", u."idNumber", un.name AS "unitName", r.name AS "roundName"
        FROM "Declaration" d
        JOIN "User" u ON u.id = d."applicantId"
        JOIN "Unit" un ON un.id = d."unitId"
        JOIN "ApplicationRound" r ON r.id = d."roundId"
       WHERE ${where}
       ORDER BY d."submittedAt" ASC NULLS LAST, d.id
       LIMIT ${pageSize} OFFSET ${(opts.filter.page - 1) * pageSize}`,
  ]);
  const today = formatShanghai(opts.now ?? new Date(), "yyyy-MM-dd");
  return {
    total,
    page: opts.filter.page,
    pageSize,
    rows: rows.map(({ idNumber, ...r }) => ({
      ...r,
      idNumberMasked: maskIdNumber(idNumber),
      overdue: r.status === "NEEDS_SUPPLEMENT" && !!r.supplementDeadline && r.supplementDeadline < today,
    })),
  };
}

/** The waiting count of each queue, for the 待办 of the home page. */
export async function countPending(opts: { actor: Actor; keys: QueueKey[] }): Promise<Record<QueueKey, number>> {
  const counts = await Promise.all(
    opts.keys.map(async (key) => {
      const where = whereSql(opts.actor, key, {});
      const [{ total }] = await db.$queryRaw<{ total: number }[]>`
        SELECT count(*)::int AS total FROM "Declaration" d JOIN "User" u ON u.id = d."applicantId" WHERE ${where}`;
      return [key, total] as const;
    }),
  );
  return Object.fromEntries(counts) as Record<QueueKey, number>;
}
