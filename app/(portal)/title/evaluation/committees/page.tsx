import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { listCommittees } from "@/lib/evaluation/list-committees";
import { LEVEL_LABELS } from "@/lib/declarations/schemas";
import { formatShanghai } from "@/lib/time";
import { PageTitle } from "@/components/ui/page-title";
import { Table } from "@/components/ui/list-page";
import { SchemaForm } from "@/components/ui/schema-form";
import { drawCommitteeAction } from "@/lib/evaluation/actions";
import { COMMITTEE_ROLE_LABELS } from "@/lib/evaluation/schemas";

export const metadata: Metadata = { title: "评委会管理" };

const FIELDS = [
  { name: "filingId", label: "", type: "hidden" as const },
  { name: "size", label: "评委会人数", hint: "单数；高级评委会按系列不少于25人，按专业不少于11人" },
  { name: "groupCount", label: "评议组数", hint: "每个评议组不少于3名专家" },
];

export default async function CommitteesPage() {
  const actor = await requirePermission("evaluation.manage");
  const filings = await listCommittees({ actor });
  return (
    <div className="flex flex-col gap-6">
      <PageTitle title="评委会管理" trail={["职称评审子系统", "评审管理", "评委会管理"]} />
      {filings.length === 0 ? <p className="text-sm text-slate-600">本单位暂无已备案的评审权，请先办理评审权备案。</p> : null}
      {filings.map((f) => (
        <section key={f.id} aria-label={f.committeeName} className="rounded border border-slate-200 p-4">
          <h2 className="font-medium">{f.committeeName}</h2>
          <p className="mb-3 text-sm text-slate-600">
            {LEVEL_LABELS[f.level]}，{f.specialty ? `${f.specialty}专业` : "全系列"}，备案有效期 {f.validFrom} 至 {f.validTo}
          </p>
          {f.committee ? (
            <>
              <p className="mb-2 text-sm" data-testid="draw-record">
                {formatShanghai(f.committee.drawnAt, "yyyy-MM-dd HH:mm")} 从 {f.committee.candidateIds.length} 名符合条件的专家中随机抽取 {f.committee.size} 名，分
                {f.committee.groupCount} 个评议组；抽取种子 <code>{f.committee.seed}</code>，按种子复核{f.committee.reproduced ? "一致" : "不一致"}
              </p>
              <Table head={["评议组", "姓名", "职务", "专业", "工作单位"]} caption={`${f.committeeName}成员`}>
                {f.committee.members.map((m) => (
                  <tr key={m.expertId} className="border-b border-slate-100" data-testid="member-row">
                    <td className="p-2">第{m.groupNo}评议组</td>
                    <td className="p-2">{m.name}</td>
                    <td className="p-2">{COMMITTEE_ROLE_LABELS[m.role]}</td>
                    <td className="p-2">{m.specialty}</td>
                    <td className="p-2">{m.workUnitName}</td>
                  </tr>
                ))}
              </Table>
            </>
          ) : (
            <p className="text-sm text-slate-600">尚未抽取评委会。</p>
          )}
          <div className="mt-4 max-w-xl">
            <SchemaForm
              schema="draw"
              action={drawCommitteeAction}
              fields={FIELDS}
              defaults={{ filingId: f.id, size: String(f.committee?.size ?? ""), groupCount: String(f.committee?.groupCount ?? "") }}
              submitLabel={f.committee ? "重新抽取" : "抽取"}
              className="grid gap-x-4 sm:grid-cols-2"
            />
          </div>
        </section>
      ))}
    </div>
  );
}
