import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/session";
import { listRuleSets } from "@/lib/eligibility/list-rule-sets";
import { PageTitle } from "@/components/ui/page-title";
import { RuleSetForm } from "@/components/eligibility/rule-set-form";

export const metadata: Metadata = { title: "申报条件管理" };

export default async function EligibilityRulesPage({ searchParams }: { searchParams: Promise<{ series?: string }> }) {
  const actor = await requirePermission("eligibility.manage");
  const { series } = await searchParams;
  const sets = await listRuleSets(actor);
  const shown = sets.find((s) => s.seriesId === series) ?? sets[0];
  return (
    <div>
      <PageTitle title="申报条件管理" trail={["系统配置子系统", "系统配置", "申报条件管理"]} />
      <p className="mb-3 text-sm text-slate-600">
        各系列各职称按最高学历的申报路径：可直接申报、毕业后满若干年，或取得下一级职称后满若干年（逐级申报）。
        年限计算至申报批次年度的截止日；批次开放时沿用当时的申报条件，之后的修改只对新开放的批次生效。
      </p>
      <nav aria-label="职称系列" className="mb-4 flex flex-wrap gap-2">
        {sets.map((s) => (
          <Link
            key={s.seriesId}
            href={`/config/eligibility?series=${s.seriesId}`}
            aria-current={s.seriesId === shown?.seriesId ? "page" : undefined}
            className={`rounded border px-3 py-1 text-sm ${s.seriesId === shown?.seriesId ? "border-brand-700 bg-brand-50 text-brand-800" : "border-slate-300"}`}
          >
            {s.seriesName}
            {s.kept ? "" : "（未设置）"}
          </Link>
        ))}
      </nav>
      {shown ? <RuleSetForm key={shown.seriesId} view={shown} /> : <p>暂无职称系列</p>}
    </div>
  );
}
