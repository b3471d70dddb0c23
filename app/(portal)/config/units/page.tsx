import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/session";
import { listSuperiorRequests, listUnits } from "@/lib/units/list-units";
import { listQuerySchema, PAGE_SIZE } from "@/lib/accounts/list-query";
import { UNIT_KIND_LABELS } from "@/lib/units/schemas";
import { formatShanghai } from "@/lib/time";
import { PageTitle } from "@/components/ui/page-title";
import { Pagination } from "@/components/ui/pagination";
import { ListCount, SearchBox } from "@/components/accounts/search-box";
import { RowAction } from "@/components/accounts/row-action";
import { SchemaForm } from "@/components/accounts/schema-form";
import { approveSuperiorAction, rejectSuperiorAction } from "./actions";

export const metadata: Metadata = { title: "单位基础信息管理" };

export default async function UnitsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePermission("unit.info");
  const query = listQuerySchema.parse(await searchParams);
  const [{ total, rows }, requests] = await Promise.all([listUnits({ actor, query }), listSuperiorRequests({ actor })]);
  return (
    <div>
      <PageTitle title="单位基础信息管理" trail={["系统配置子系统", "单位基础信息管理"]} />
      {requests.length ? (
        <section className="mb-6">
          <h2 className="mb-2 font-semibold">待审核的归口申请</h2>
          <ul className="flex flex-col gap-2">
            {requests.map((r) => (
              <li key={r.id} className="flex flex-wrap items-start gap-3 rounded border p-3 text-sm" data-testid="superior-request">
                <span className="min-w-60">
                  {r.unit.name} 申请归口到 {r.superior.name}（{formatShanghai(r.createdAt, "yyyy-MM-dd HH:mm")}）
                </span>
                <RowAction action={approveSuperiorAction} payload={{ id: r.id }} label="通过" variant="primary" ariaLabel={`通过 ${r.unit.name}`} />
                <SchemaForm
                  schema="reject"
                  action={rejectSuperiorAction}
                  fields={[{ name: "id", label: "", type: "hidden" }, { name: "reason", label: `不通过原因（${r.unit.name}）` }]}
                  defaults={{ id: r.id, reason: "" }}
                  submitLabel="不通过"
                  className="flex flex-wrap items-end gap-2"
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <SearchBox q={query.q} label="单位名称或统一社会信用代码" />
      <ListCount total={total} />
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-100">
            <tr><th className="p-2">单位名称</th><th className="p-2">单位类型</th><th className="p-2">上级单位</th><th className="p-2">管理员</th><th className="p-2">操作</th></tr>
          </thead>
          <tbody>
            {rows.map((u) => (
              <tr key={u.id} className="border-b">
                <td className="p-2">{u.name}</td>
                <td className="p-2">{UNIT_KIND_LABELS[u.kind]}</td>
                <td className="p-2">{u.superior?.name ?? "—"}</td>
                <td className="p-2">{u.grants[0]?.user.name ?? "未指定"}</td>
                <td className="p-2">
                  <Link href={`/config/units/${u.id}`} className="text-brand-700 underline" aria-label={`修改 ${u.name}`}>
                    修改
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={query.page} pageSize={PAGE_SIZE} total={total} params={{ q: query.q }} />
    </div>
  );
}
