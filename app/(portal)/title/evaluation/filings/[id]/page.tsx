import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireAnyPermission } from "@/lib/auth/session";
import { getFiling } from "@/lib/evaluation/list-filings";
import { FILING_STATUS_LABELS } from "@/lib/evaluation/rules";
import { APPLICANT_SCOPE_LABELS } from "@/lib/evaluation/schemas";
import { LEVEL_LABELS } from "@/lib/declarations/schemas";
import { formatShanghai } from "@/lib/time";
import { PageTitle } from "@/components/ui/page-title";
import { FilingReviewPanel } from "@/components/evaluation/filing-review-panel";

export const metadata: Metadata = { title: "评审权备案详情" };

export default async function FilingPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireAnyPermission("filing.submit", "filing.deptReview", "filing.approve");
  const filing = await getFiling({ actor, id: (await params).id });
  if (!filing) notFound();
  const scope =
    filing.applicantScope === "REGION" ? `${APPLICANT_SCOPE_LABELS.REGION}：${filing.scopeRegionName}` : filing.applicantScope === "UNITS" ? `${APPLICANT_SCOPE_LABELS.UNITS}：${filing.scopeUnitNames.join("、")}` : APPLICANT_SCOPE_LABELS.OWN_STAFF;
  const rows: [string, string][] = [
    ["评委会名称", filing.committeeName],
    ["备案单位", filing.unitName],
    ["系列", filing.series.name],
    ["专业", filing.specialty ?? "全系列"],
    ["级别", LEVEL_LABELS[filing.level]],
    ["评审范围", scope],
    ["有效期", `${filing.validFrom} 至 ${filing.validTo}`],
    ["状态", FILING_STATUS_LABELS[filing.status]],
    ["主管部门审核", filing.deptUnitName ? `${filing.deptUnitName}${filing.deptReviewedAt ? `，${formatShanghai(filing.deptReviewedAt)}${filing.deptOpinion ? `，${filing.deptOpinion}` : ""}` : ""}` : "无主管部门，直接报省人社厅"],
    ["省人社厅审批", filing.provinceReviewedAt ? `${formatShanghai(filing.provinceReviewedAt)}${filing.provinceOpinion ? `，${filing.provinceOpinion}` : ""}` : ""],
  ];
  return (
    <div className="flex flex-col gap-4">
      <PageTitle title="评审权备案详情" trail={["职称评审子系统", "评审管理", "评审权备案", "详情"]} />
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-slate-500">{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
        <div className="contents">
          <dt className="text-slate-500">备案材料</dt>
          <dd className="flex flex-wrap gap-3">
            {filing.documents.map((d) => (
              <a key={d.id} href={`/title/evaluation/files/${d.id}`} target="_blank" rel="noreferrer" className="text-brand-700 underline">
                {d.originalName}
              </a>
            ))}
          </dd>
        </div>
      </dl>
      <FilingReviewPanel id={filing.id} version={filing.version} stage="dept" open={filing.mayDeptReview} />
      <FilingReviewPanel id={filing.id} version={filing.version} stage="province" open={filing.mayApprove} />
    </div>
  );
}
