import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { can, type Actor } from "@/lib/auth/permissions";
import { grantUnitIds } from "@/lib/auth/scope";
import { pagedList } from "@/lib/list-query";
import { formatShanghai } from "@/lib/time";
import { FILING } from "./rules";

export const FILING_TABS = [
  { key: "todo", label: "待审核" },
  { key: "filed", label: "已备案" },
  { key: "all", label: "全部" },
] as const;
export type FilingTab = (typeof FILING_TABS)[number]["key"];

/** The filings the actor reaches: its own unit's, those its department reviews, or (province bureau) all. */
export function filingScope(actor: Actor): Prisma.EvaluationFilingWhereInput {
  if (can(actor, "filing.approve")) return {};
  return { OR: [{ unitId: { in: grantUnitIds(actor, "filing.submit") } }, { deptUnitId: { in: grantUnitIds(actor, "filing.deptReview") } }] };
}

/** What waits for this actor's review. */
export function filingTodoWhere(actor: Actor): Prisma.EvaluationFilingWhereInput {
  const waiting: Prisma.EvaluationFilingWhereInput[] = [{ status: FILING.pendingDept, deptUnitId: { in: grantUnitIds(actor, "filing.deptReview") } }];
  if (can(actor, "filing.approve")) waiting.push({ status: FILING.pendingProvince });
  return { OR: waiting };
}

/** 评审权备案 / 评审权备案审核 / 已备案: one page of the filings in the actor's scope, by tab, searched by committee or unit name. */
export async function listFilings(opts: { actor: Actor; tab: FilingTab; q?: string; page: number; today: string }) {
  const where: Prisma.EvaluationFilingWhereInput = {
    AND: [
      filingScope(opts.actor),
      opts.tab === "todo" ? filingTodoWhere(opts.actor) : opts.tab === "filed" ? { status: FILING.approved, validTo: { gte: opts.today } } : {},
      opts.q ? { committeeName: { contains: opts.q } } : {},
    ],
  };
  const page = await pagedList(opts.page, {
    count: () => db.evaluationFiling.count({ where }),
    rows: (args) => db.evaluationFiling.findMany({ where, orderBy: { createdAt: "desc" }, include: { series: { select: { name: true } } }, ...args }),
  });
  const units = await db.unit.findMany({ where: { id: { in: page.rows.map((r) => r.unitId) } }, select: { id: true, name: true } });
  return {
    ...page,
    rows: page.rows.map((f) => ({
      id: f.id,
      version: f.version,
      unitName: units.find((u) => u.id === f.unitId)?.name ?? "",
      committeeName: f.committeeName,
      seriesName: f.series.name,
      specialty: f.specialty,
      level: f.level,
      validFrom: f.validFrom,
      validTo: f.validTo,
      status: f.status,
      expired: f.validTo < opts.today,
      createdAt: formatShanghai(f.createdAt, "yyyy-MM-dd"),
    })),
  };
}

/** One filing in the actor's scope, with what its reviewers need to see. */
export async function getFiling(opts: { actor: Actor; id: string }) {
  const filing = await db.evaluationFiling.findFirst({ where: { AND: [{ id: opts.id }, filingScope(opts.actor)] }, include: { series: { select: { name: true } } } });
  if (!filing) return null;
  const unitIds = [filing.unitId, ...filing.scopeUnitIds, ...(filing.deptUnitId ? [filing.deptUnitId] : [])];
  const [units, region, files] = await Promise.all([
    db.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true } }),
    filing.scopeRegionCode ? db.region.findUnique({ where: { code: filing.scopeRegionCode } }) : null,
    db.storedFile.findMany({ where: { id: { in: filing.documentFileIds } }, select: { id: true, originalName: true } }),
  ]);
  const name = (id: string | null) => units.find((u) => u.id === id)?.name ?? "";
  return {
    ...filing,
    unitName: name(filing.unitId),
    deptUnitName: filing.deptUnitId ? name(filing.deptUnitId) : null,
    scopeUnitNames: filing.scopeUnitIds.map(name),
    scopeRegionName: region?.name ?? null,
    documents: files,
    mayDeptReview: filing.status === FILING.pendingDept && grantUnitIds(opts.actor, "filing.deptReview").includes(filing.deptUnitId ?? ""),
    mayApprove: filing.status === FILING.pendingProvince && can(opts.actor, "filing.approve"),
  };
}
