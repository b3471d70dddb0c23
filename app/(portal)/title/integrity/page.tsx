import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { listQuerySchema } from "@/lib/list-query";
import { listFindings } from "@/lib/integrity/list-findings";
import { recordFindingAction, revokeFindingAction } from "@/lib/integrity/actions";
import { FINDING_KIND_LABELS, INTEGRITY_RECORD_YEARS } from "@/lib/integrity/rules";
import { formatShanghai } from "@/lib/time";
import { SchemaForm } from "@/components/ui/schema-form";
import { ListPage, Table } from "@/components/ui/list-page";

export const metadata: Metadata = { title: "诚信档案" };

const KINDS = Object.entries(FINDING_KIND_LABELS).map(([value, label]) => ({ value, label }));

export default async function IntegrityPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePermission("integrity.manage");
  const query = listQuerySchema.parse(await searchParams);
  const list = await listFindings(actor, query);
  return (
    <ListPage
      title="诚信档案"
      trail={["职称评审子系统", "评审管理", "诚信档案"]}
      list={list}
      params={{ q: query.q }}
      before={
        <details className="mb-4 rounded border p-3">
          <summary className="cursor-pointer font-medium">记录</summary>
          <p className="my-2 text-sm text-slate-600">
            记入诚信档案的人员自认定日期起{INTEGRITY_RECORD_YEARS}年内不得申报职称；评审专家同时退出各专家库，{INTEGRITY_RECORD_YEARS}年内不被抽取。记录不能修改，只能以新的处理决定撤销。
          </p>
          <SchemaForm
            schema="recordFinding"
            action={recordFindingAction}
            fields={[
              { name: "idNumber", label: "身份证号", required: true },
              { name: "kind", label: "失信行为类别", type: "select", options: KINDS, required: true },
              { name: "facts", label: "事实", type: "textarea", required: true },
              { name: "documentNumber", label: "处理决定文号", required: true },
              { name: "findingDate", label: "认定日期", type: "date", required: true },
            ]}
            defaults={{ idNumber: "", kind: "", facts: "", documentNumber: "", findingDate: "" }}
            submitLabel="记入诚信档案"
            resetOnSuccess
          />
        </details>
      }
    >
      <Table head={["姓名", "身份证号", "类别", "事实", "文号", "认定日期", "限制至", "状态"]}>
        {list.rows.map((f) => (
          <tr key={f.id} className="border-b align-top" data-testid="finding-row">
            <td className="p-2">{f.personName}</td>
            <td className="p-2">{f.idNumber}</td>
            <td className="p-2">{FINDING_KIND_LABELS[f.kind]}</td>
            <td className="max-w-xs p-2 whitespace-pre-wrap">{f.facts}</td>
            <td className="p-2">{f.documentNumber}</td>
            <td className="p-2">{f.findingDate}</td>
            <td className="p-2">{f.endsOn}前</td>
            <td className="p-2">
              {f.revokedAt ? (
                `已撤销（${formatShanghai(f.revokedAt, "yyyy-MM-dd")}，${f.revocationDocumentNumber}：${f.revocationReason}）`
              ) : (
                <details>
                  <summary className="cursor-pointer text-brand-700 underline" aria-label={`撤销 ${f.personName} 的记录`}>
                    有效 · 撤销
                  </summary>
                  <SchemaForm
                    schema="revokeFinding"
                    action={revokeFindingAction}
                    fields={[
                      { name: "id", label: "记录", type: "hidden" },
                      { name: "documentNumber", label: "撤销决定文号", required: true },
                      { name: "reason", label: "撤销原因", required: true },
                    ]}
                    defaults={{ id: f.id, documentNumber: "", reason: "" }}
                    submitLabel="确认撤销"
                  />
                </details>
              )}
            </td>
          </tr>
        ))}
      </Table>
    </ListPage>
  );
}
