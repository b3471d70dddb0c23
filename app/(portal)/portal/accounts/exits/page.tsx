import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { listUnitAccounts } from "@/lib/accounts/list-unit-accounts";
import { listQuerySchema, PAGE_SIZE } from "@/lib/accounts/list-query";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { maskIdNumber } from "@/lib/validation/id-number";
import { PageTitle } from "@/components/ui/page-title";
import { Pagination } from "@/components/ui/pagination";
import { ListCount, SearchBox } from "@/components/accounts/search-box";
import { RowAction } from "@/components/accounts/row-action";
import { exitAccountAction } from "../actions";

export const metadata: Metadata = { title: "账号退出管理" };

export default async function AccountExitsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePermission("account.exit");
  const query = listQuerySchema.parse(await searchParams);
  const { total, rows } = await listUnitAccounts({ actor, permission: "account.exit", query });
  return (
    <div>
      <PageTitle title="账号退出管理" trail={["统一门户子系统", "账号退出管理"]} />
      <p className="mb-3 text-sm text-slate-600">被退出的账号将解除与本单位的关联关系，其在本单位的角色一并取消。</p>
      <SearchBox q={query.q} />
      <ListCount total={total} />
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-100">
            <tr><th className="p-2">姓名</th><th className="p-2">身份证号</th><th className="p-2">所在单位</th><th className="p-2">角色</th><th className="p-2">操作</th></tr>
          </thead>
          <tbody>
            {rows.map((u) => (
              <tr key={u.id} className="border-b">
                <td className="p-2">{u.name}</td>
                <td className="p-2">{maskIdNumber(u.idNumber)}</td>
                <td className="p-2">{u.unit?.name}</td>
                <td className="p-2">{u.grants.map((g) => ROLE_LABELS[g.role]).join("、") || "—"}</td>
                <td className="p-2">
                  <RowAction action={exitAccountAction} payload={{ id: u.id }} label="退出" variant="danger" ariaLabel={`退出 ${u.name}`} />
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
