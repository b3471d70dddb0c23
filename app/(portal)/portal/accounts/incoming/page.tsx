import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { listBindingRequests } from "@/lib/accounts/list-binding-requests";
import { listQuerySchema, PAGE_SIZE } from "@/lib/accounts/list-query";
import { maskIdNumber } from "@/lib/validation/id-number";
import { maskMobile } from "@/lib/validation/mobile";
import { formatShanghai } from "@/lib/time";
import { PageTitle } from "@/components/ui/page-title";
import { Pagination } from "@/components/ui/pagination";
import { ListCount, SearchBox } from "@/components/accounts/search-box";
import { RowAction } from "@/components/accounts/row-action";
import { acceptBindingAction, rejectBindingAction } from "../actions";

export const metadata: Metadata = { title: "新进账号管理" };

export default async function IncomingAccountsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePermission("account.accept");
  const query = listQuerySchema.parse(await searchParams);
  const { total, rows } = await listBindingRequests({ actor, query });
  return (
    <div>
      <PageTitle title="新进账号管理" trail={["统一门户子系统", "新进账号管理"]} />
      <SearchBox q={query.q} />
      <ListCount total={total} />
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-100">
            <tr><th className="p-2">姓名</th><th className="p-2">身份证号</th><th className="p-2">手机号码</th><th className="p-2">申请单位</th><th className="p-2">申请时间</th><th className="p-2">操作</th></tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b">
                <td className="p-2">{r.user.name}</td>
                <td className="p-2">{maskIdNumber(r.user.idNumber)}</td>
                <td className="p-2">{r.user.mobile ? maskMobile(r.user.mobile) : ""}</td>
                <td className="p-2">{r.unit.name}</td>
                <td className="p-2">{formatShanghai(r.createdAt, "yyyy-MM-dd HH:mm")}</td>
                <td className="flex gap-2 p-2">
                  <RowAction action={acceptBindingAction} payload={{ id: r.id }} label="确认接收" variant="primary" ariaLabel={`确认接收 ${r.user.name}`} />
                  <RowAction action={rejectBindingAction} payload={{ id: r.id }} label="拒绝" ariaLabel={`拒绝 ${r.user.name}`} />
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
