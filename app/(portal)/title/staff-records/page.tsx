import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { listQuerySchema } from "@/lib/list-query";
import { listStaffRecords } from "@/lib/personnel/list-staff-records";
import { recordDisciplineAction, recordRetirementAction, withdrawDisciplineAction } from "@/lib/personnel/actions";
import { SchemaForm } from "@/components/ui/schema-form";
import { ListPage, Table } from "@/components/ui/list-page";

export const metadata: Metadata = { title: "离退休与处分登记" };

const KINDS = ["警告", "记过", "记大过", "降级", "撤职", "其他处分"].map((k) => ({ value: k, label: k }));

export default async function StaffRecordsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePermission("staff.records");
  const query = listQuerySchema.parse(await searchParams);
  const list = await listStaffRecords(actor, query);
  return (
    <ListPage
      title="离退休与处分登记"
      trail={["职称评审子系统", "账号管理", "离退休与处分登记"]}
      list={list}
      params={{ q: query.q }}
      before={<p className="mb-3 text-sm text-slate-600">离退休人员和受处分期间的人员不得申报职称（人社部令第40号）；资格预检按这里的登记判断。登记错误的处分可撤销，撤销记录保留。</p>}
    >
      <Table head={["姓名", "身份证号", "离退休日期", "处分登记", "操作"]}>
        {list.rows.map((p) => (
          <tr key={p.id} className="border-b align-top" data-testid="staff-row">
            <td className="p-2">{p.name}</td>
            <td className="p-2">{p.idNumber}</td>
            <td className="p-2">{p.retiredOn ?? "在职"}</td>
            <td className="p-2">
              {p.periods.length === 0 ? "无" : null}
              <ul className="flex flex-col gap-2">
                {p.periods.map((d) => (
                  <li key={d.id}>
                    {d.kind}（{d.startsOn}至{d.endsOn}，{d.documentNumber}）{d.withdrawnAt ? `已撤销：${d.withdrawReason}` : ""}
                    {d.withdrawnAt ? null : (
                      <details className="mt-1">
                        <summary className="cursor-pointer text-brand-700 underline">撤销</summary>
                        <SchemaForm
                          schema="withdrawDiscipline"
                          action={withdrawDisciplineAction}
                          fields={[{ name: "id", label: "处分登记", type: "hidden" }, { name: "reason", label: "撤销原因" }]}
                          defaults={{ id: d.id, reason: "" }}
                          submitLabel="确认撤销"
                        />
                      </details>
                    )}
                  </li>
                ))}
              </ul>
            </td>
            <td className="p-2">
              <details>
                <summary className="cursor-pointer text-brand-700 underline" aria-label={`登记 ${p.name}`}>
                  登记
                </summary>
                <h3 className="mt-2 text-sm font-medium">登记离退休</h3>
                <SchemaForm
                  schema="retirement"
                  action={recordRetirementAction}
                  fields={[{ name: "userId", label: "人员", type: "hidden" }, { name: "retiredOn", label: "离退休日期", type: "date", required: true }]}
                  defaults={{ userId: p.id, retiredOn: p.retiredOn ?? "" }}
                  submitLabel="登记离退休"
                />
                <h3 className="mt-2 text-sm font-medium">登记处分</h3>
                <SchemaForm
                  schema="discipline"
                  action={recordDisciplineAction}
                  fields={[
                    { name: "userId", label: "人员", type: "hidden" },
                    { name: "kind", label: "处分种类", type: "select", options: KINDS, required: true },
                    { name: "startsOn", label: "处分开始日期", type: "date", required: true },
                    { name: "endsOn", label: "处分期满日期", type: "date", required: true },
                    { name: "documentNumber", label: "处分决定文号", required: true },
                  ]}
                  defaults={{ userId: p.id, kind: "", startsOn: "", endsOn: "", documentNumber: "" }}
                  submitLabel="登记处分"
                  resetOnSuccess
                />
              </details>
            </td>
          </tr>
        ))}
      </Table>
    </ListPage>
  );
}
