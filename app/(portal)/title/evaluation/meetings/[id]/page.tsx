import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getMeetingResults } from "@/lib/evaluation/meeting-results";
import { PUBLICITY_STATUS_LABELS } from "@/lib/review/publicity-labels";
import { TALLY, TALLY_LABELS } from "@/lib/evaluation/rules";
import { landsIn, STATUS_LABELS } from "@/lib/declarations/state-machine";
import { formatShanghai } from "@/lib/time";
import { PageTitle } from "@/components/ui/page-title";
import { Table } from "@/components/ui/list-page";
import { RowAction } from "@/components/ui/row-action";
import { OutcomeBoard } from "@/components/ui/decision-outcome";
import { SchemaForm } from "@/components/ui/schema-form";
import { completeResultPublicityAction, createResultPublicityAction } from "@/lib/evaluation/actions";

export const metadata: Metadata = { title: "评审结果公示" };

const FIELDS = [
  { name: "meetingId", label: "", type: "hidden" as const },
  { name: "title", label: "公示标题" },
  { name: "startDate", label: "公示起始日期", type: "date" as const },
  { name: "workingDays", label: "公示天数（工作日）", hint: "不少于5个工作日，结束日期按工作日日历计算" },
  { name: "contactName", label: "联系人" },
  { name: "contactPhone", label: "联系电话" },
  { name: "content", label: "公示内容", type: "textarea" as const },
];

export default async function MeetingResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("evaluation.manage");
  const { meeting, rows } = await getMeetingResults({ actor, meetingId: (await params).id }).catch((e) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  });
  const publicity = meeting.publicity;
  const passedUnits = [...new Map(rows.filter((r) => landsIn("pass").includes(r.status)).map((r) => [r.unitId, r.unitName])).entries()];
  return (
    <div className="flex flex-col gap-6">
      <PageTitle title="评审结果公示" trail={["职称评审子系统", "评审管理", "线上评审管理", meeting.name]} />
      <Table head={["申报单位", "姓名", "身份证号", "申报职称", "实到", "同意", "不同意", "弃权", "评审结果"]} caption="评审结果">
        {rows.map((r) => (
          <tr key={r.id} className="border-b border-slate-100" data-testid="result-row">
            <td className="p-2">{r.unitName}</td>
            <td className="p-2">{r.name}</td>
            <td className="p-2">{r.idNumberMasked}</td>
            <td className="p-2">{r.targetTitle}</td>
            <td className="p-2">{r.attending}</td>
            <td className="p-2">{r.yes}</td>
            <td className="p-2">{r.no}</td>
            <td className="p-2">{r.abstain}</td>
            <td className="p-2">{r.outcome === TALLY.noQuorum ? TALLY_LABELS[r.outcome] : STATUS_LABELS[r.status]}</td>
          </tr>
        ))}
      </Table>
      <OutcomeBoard>
        {publicity ? (
          <section aria-label="公示情况" className="flex flex-col gap-2 rounded border border-slate-200 p-4 text-sm">
            <h2 className="font-medium">{publicity.title}</h2>
            <p data-testid="result-publicity">
              公示期 {publicity.startDate} 至 {publicity.endDate}（{publicity.workingDays}个工作日），{PUBLICITY_STATUS_LABELS[publicity.status]}
              {publicity.completedAt ? `（${formatShanghai(publicity.completedAt, "yyyy-MM-dd HH:mm")}）` : ""}
            </p>
            {publicity.status === "OPEN" ? (
              <div>
                <RowAction action={completeResultPublicityAction} payload={{ meetingId: meeting.id }} label="完成公示" variant="primary" />
              </div>
            ) : (
              <ul className="flex flex-col gap-1">
                {passedUnits.map(([unitId, unitName]) => (
                  <li key={unitId}>
                    <a href={`/title/evaluation/meetings/${meeting.id}/confirmation/${unitId}`} className="text-brand-700 underline">
                      下载评审通过确认单（{unitName}）
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ) : (
          <section aria-label="新增评审结果公示" className="rounded border border-slate-200 p-4">
            <h2 className="mb-3 font-medium">新增评审结果公示</h2>
            <SchemaForm
              schema="resultPublicity"
              action={createResultPublicityAction}
              fields={FIELDS}
              defaults={{ meetingId: meeting.id, title: `${meeting.name}评审结果公示`, startDate: formatShanghai(new Date(), "yyyy-MM-dd"), workingDays: "5", contactName: "", contactPhone: "", content: "经评审委员会评审，以下人员评审通过，现予公示。" }}
              submitLabel="保存"
              className="grid gap-x-4 sm:grid-cols-2"
            />
          </section>
        )}
      </OutcomeBoard>
    </div>
  );
}
