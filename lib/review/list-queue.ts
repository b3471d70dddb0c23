import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { DeclarationStatus, TitleLevel } from "@/lib/db/generated/enums";
import type { Actor } from "@/lib/auth/permissions";
import { maskIdNumber } from "@/lib/validation/id-number";
import { formatShanghai } from "@/lib/time";
import { isSupplementOverdue } from "@/lib/declarations/state-machine";
import { PAGE_SIZE, type Paged } from "@/lib/list-query";
import { reviewerScopeSql } from "./readable";
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
  return reviewerScopeSql(actor, QUEUES[key].permission);
}

export function queueTab(key: QueueKey, tab?: string): QueueTab {
  const tabs = QUEUES[key].tabs;
  return tabs.find((t) => t.key === tab) ?? tabs[0];
}

function whereSql(actor: Actor, key: QueueKey, f: Omit<QueueFilter, "page">): Prisma.Sql {
  const parts = [queueScopeSql(actor, key), Prisma.sql`d.status = ANY(${queueTab(key, f.tab).statuses}::"DeclarationStatus"[])`];
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

/** The two statements of one queue page (its count and its rows); the queue benchmark times them bare. */
export function queueStatements(opts: { actor: Actor; key: QueueKey; filter: QueueFilter; pageSize?: number }) {
  const pageSize = opts.pageSize ?? PAGE_SIZE;
  const where = whereSql(opts.actor, opts.key, opts.filter);
  // The applicant is joined only to filter by 姓名/身份证号, and the page's rows are picked from the index before any
  // other column is read, so a queue of tens of thousands costs an index scan, not a row fetch per declaration.
  const from = opts.filter.q ? Prisma.sql`"Declaration" d JOIN "User" u ON u.id = d."applicantId"` : Prisma.sql`"Declaration" d`;
  return {
    count: Prisma.sql`SELECT count(*)::int AS total FROM ${from} WHERE ${where}`,
    page: Prisma.sql`
      WITH page AS (
        SELECT d.id, d."submittedAt" FROM ${from} WHERE ${where}
         ORDER BY d."submittedAt" ASC NULLS LAST, d.id
         LIMIT ${pageSize} OFFSET ${(opts.filter.page - 1) * pageSize}
      )
      SELECT d.id, d.version, d.status::text AS status, d.level::text AS level, d."titleName", d."submittedAt", d."supplementDeadline",
             u.name AS "applicantName", u."idNumber", un.name AS "unitName", r.name AS "roundName"
        FROM page
        JOIN "Declaration" d ON d.id = page.id
        JOIN "User" u ON u.id = d."applicantId"
        JOIN "Unit" un ON un.id = d."unitId"
        JOIN "ApplicationRound" r ON r.id = d."roundId"
       ORDER BY page."submittedAt" ASC NULLS LAST, page.id`,
  };
}

/** One page of a reviewer queue with its count; ID numbers leave this function masked. */
export async function listQueue(opts: { actor: Actor; key: QueueKey; filter: QueueFilter; now?: Date; pageSize?: number }): Promise<Paged<QueueRow>> {
  const pageSize = opts.pageSize ?? PAGE_SIZE;
  const statements = queueStatements(opts);
  const [[{ total }], rows] = await Promise.all([db.$queryRaw<{ total: number }[]>(statements.count), db.$queryRaw<Row[]>(statements.page)]);
  const today = formatShanghai(opts.now ?? new Date(), "yyyy-MM-dd");
  return {
    total,
    page: opts.filter.page,
    pageSize,
    rows: rows.map(({ idNumber, ...r }) => ({
      ...r,
      idNumberMasked: maskIdNumber(idNumber),
      overdue: isSupplementOverdue(r, today),
    })),
  };
}

/** The waiting count of each queue, for the 待办 of the home page. */
export async function countPending(opts: { actor: Actor; keys: QueueKey[] }): Promise<Record<QueueKey, number>> {
  const counts = await Promise.all(
    opts.keys.map(async (key) => {
      const [{ total }] = await db.$queryRaw<{ total: number }[]>(queueStatements({ actor: opts.actor, key, filter: { page: 1 } }).count);
      return [key, total] as const;
    }),
  );
  return Object.fromEntries(counts) as Record<QueueKey, number>;
}
