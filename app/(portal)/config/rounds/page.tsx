import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/session";
import { listRounds, listSeries } from "@/lib/rounds/list-rounds";
import { listFiledCommittees } from "@/lib/evaluation/list-filed-committees";
import { LEVEL_LABELS } from "@/lib/declarations/schemas";
import { instantToShanghaiLocal, formatWindow } from "@/lib/rounds/window";
import { ROUND_STATUS_LABELS, type RoundInput } from "@/lib/rounds/schemas";
import { formatShanghai } from "@/lib/time";
import { PageTitle } from "@/components/ui/page-title";
import { RoundForm } from "@/components/rounds/round-form";
import { Table } from "@/components/ui/list-page";

export const metadata: Metadata = { title: "申报批次管理" };

export default async function RoundsPage({ searchParams }: { searchParams: Promise<{ edit?: string; new?: string }> }) {
  await requirePermission("round.manage");
  const { edit, new: creating } = await searchParams;
  const [rounds, series, filings] = await Promise.all([listRounds(), listSeries(), listFiledCommittees(formatShanghai(new Date(), "yyyy-MM-dd"))]);
  const editing = edit ? rounds.find((r) => r.id === edit) : undefined;
  const initial: RoundInput | undefined = editing
    ? {
        id: editing.id,
        year: editing.year,
        name: editing.name,
        seriesId: editing.seriesId,
        levels: editing.levels,
        windowStart: instantToShanghaiLocal(editing.windowStart),
        windowEnd: instantToShanghaiLocal(editing.windowEnd),
        status: editing.status,
        filingId: editing.filingId ?? "",
      }
    : creating
      ? { year: Number(formatShanghai(new Date(), "yyyy")), name: "", seriesId: "", levels: [], windowStart: "", windowEnd: "", status: "DRAFT", filingId: "" }
      : undefined;
  return (
    <div>
      <PageTitle title="申报批次管理" trail={["系统配置子系统", "系统配置", "申报批次管理"]} />
      {initial ? (
        <section aria-label={editing ? "编辑申报批次" : "新增申报批次"} className="mb-6 rounded border border-slate-200 p-4">
          <h2 className="mb-3 font-medium">{editing ? "编辑申报批次" : "新增申报批次"}</h2>
          <RoundForm key={editing?.id ?? "new"} series={series.map((s) => ({ id: s.id, name: s.name }))} filings={filings} initial={initial} />
        </section>
      ) : (
        <Link href="/config/rounds?new=1" className="mb-4 inline-flex rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
          新增
        </Link>
      )}
      <Table head={["批次名称", "年度", "职称系列", "级别", "申报时间（北京时间）", "状态", "操作"]} caption="申报批次">
        {rounds.map((r) => (
          <tr key={r.id} className="border-b border-slate-100" data-testid="round-row">
            <td className="p-2">{r.name}</td>
            <td className="p-2">{r.year}</td>
            <td className="p-2">{r.series.name}</td>
            <td className="p-2">{r.levels.map((l) => LEVEL_LABELS[l]).join("、")}</td>
            <td className="p-2">{formatWindow(r)}</td>
            <td className="p-2">{ROUND_STATUS_LABELS[r.status]}</td>
            <td className="p-2">
              <Link href={`/config/rounds?edit=${r.id}`} className="text-brand-700 underline" aria-label={`编辑 ${r.name}`}>
                编辑
              </Link>
            </td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
