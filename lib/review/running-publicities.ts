import "server-only";
import { db } from "@/lib/db/client";
import { Prisma, type Publicity, type ResultPublicity } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors";
import { pageArgs, type Paged } from "@/lib/list-query";
import { formatShanghai } from "@/lib/time";
import { recordIdField } from "@/lib/validation/fields";
import { meetingRows } from "@/lib/evaluation/meeting-results";
import { TALLY } from "@/lib/evaluation/rules";
import type { PublicityRow } from "@/lib/pdf/publicity-table";
import { publicityWithList } from "./get-publicity";
import { publicityTablePdf } from "./publicity-pdf";
import type { PublicityKind } from "./publicity-labels";

// 公示公告 on the public 首页: the 申报公示 and 评审结果公示 now running, readable by anyone (a publicity exists to be
// seen), with ID numbers masked. Nothing else of a publicity is public: a finished or not yet started one is not found.

export const BOARD_PAGE_SIZE = 10;

/** Running: not completed, and today (Asia/Shanghai) within its period. The one definition, in every query's WHERE. */
function running(alias: "p" | "r", today: string) {
  const t = Prisma.raw(alias);
  return Prisma.sql`${t}.status = 'OPEN' AND ${t}."startDate" <= ${today} AND ${t}."endDate" >= ${today}`;
}

const today = (now: Date) => formatShanghai(now, "yyyy-MM-dd");

// A 评审结果公示 is published by the unit that formed the committee.
const RESULT_UNIT_JOIN = Prisma.sql`JOIN "ReviewMeeting" m ON m.id = r."meetingId" JOIN "Committee" c ON c.id = m."committeeId"
  JOIN "EvaluationFiling" f ON f.id = c."filingId" JOIN "Unit" u ON u.id = f."unitId"`;

function board(day: string) {
  return Prisma.sql`
    SELECT 'declaration' AS kind, p.id, p.title, u.name AS "unitName", p."startDate", p."endDate", p."createdAt"
      FROM "Publicity" p JOIN "Unit" u ON u.id = p."unitId"
     WHERE ${running("p", day)}
    UNION ALL
    SELECT 'result' AS kind, r.id, r.title, u.name AS "unitName", r."startDate", r."endDate", r."createdAt"
      FROM "ResultPublicity" r ${RESULT_UNIT_JOIN}
     WHERE ${running("r", day)}`;
}

export type BoardRow = { kind: PublicityKind; id: string; title: string; unitName: string; startDate: string; endDate: string };

/** 公示公告: one page of the running publicities of both kinds, the latest started first. */
export async function listRunningPublicities(opts: { page: number; now?: Date }): Promise<Paged<BoardRow>> {
  const day = today(opts.now ?? new Date());
  const { skip, take } = pageArgs(opts.page, BOARD_PAGE_SIZE);
  const [[{ total }], rows] = await Promise.all([
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM (${board(day)}) b`,
    db.$queryRaw<BoardRow[]>`
      SELECT kind, id, title, "unitName", "startDate", "endDate" FROM (${board(day)}) b
       ORDER BY "startDate" DESC, "createdAt" DESC, id LIMIT ${take} OFFSET ${skip}`,
  ]);
  return { total, rows, page: opts.page, pageSize: BOARD_PAGE_SIZE };
}

type Shown = Pick<Publicity, "title" | "startDate" | "endDate" | "workingDays" | "contactName" | "contactPhone" | "content">;
export type RunningPublicity = Shown & { kind: PublicityKind; id: string; unitName: string; rows: (PublicityRow & { unitName?: string })[] };

/** A running publicity and its 公示表 (not found once completed, past its period, or before it starts). */
export async function getRunningPublicity(opts: { kind: PublicityKind; id: string; now?: Date }): Promise<RunningPublicity> {
  // The id comes from the address: one that no record can have is not looked up.
  if (!recordIdField.safeParse(opts.id).success) throw notFound("公示不存在或不在公示期内");
  const day = today(opts.now ?? new Date());
  if (opts.kind === "declaration") {
    const [publicity] = await db.$queryRaw<Publicity[]>`SELECT p.* FROM "Publicity" p WHERE p.id = ${opts.id} AND ${running("p", day)}`;
    if (!publicity) throw notFound("公示不存在或不在公示期内");
    const { unitName, rows } = await publicityWithList(publicity);
    return { ...shown(publicity), kind: opts.kind, id: publicity.id, unitName, rows: rows.map(publicRow) };
  }
  const [publicity] = await db.$queryRaw<(ResultPublicity & { unitName: string })[]>`
    SELECT r.*, u.name AS "unitName" FROM "ResultPublicity" r ${RESULT_UNIT_JOIN} WHERE r.id = ${opts.id} AND ${running("r", day)}`;
  if (!publicity) throw notFound("公示不存在或不在公示期内");
  // A 评审结果公示 makes known who passed.
  const passed = (await meetingRows(publicity.meetingId)).filter((r) => r.outcome === TALLY.passed);
  return { ...shown(publicity), kind: opts.kind, id: publicity.id, unitName: publicity.unitName, rows: passed.map((r) => ({ ...publicRow(r), unitName: r.unitName })) };
}

const shown = (p: Shown): Shown => ({
  title: p.title,
  startDate: p.startDate,
  endDate: p.endDate,
  workingDays: p.workingDays,
  contactName: p.contactName,
  contactPhone: p.contactPhone,
  content: p.content,
});

const publicRow = (r: PublicityRow): PublicityRow => ({
  name: r.name,
  idNumberMasked: r.idNumberMasked,
  currentTitle: r.currentTitle,
  targetTitle: r.targetTitle,
  specialty: r.specialty,
});

/** The 公示表 PDF of a running publicity. */
export async function renderRunningPublicityPdf(opts: { kind: PublicityKind; id: string; now?: Date }) {
  const now = opts.now ?? new Date();
  return publicityTablePdf(await getRunningPublicity({ ...opts, now }), now);
}
