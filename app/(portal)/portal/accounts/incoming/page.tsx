import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { listBindingRequests } from "@/lib/accounts/list-binding-requests";
import { listQuerySchema } from "@/lib/list-query";
import { maskIdNumber } from "@/lib/validation/id-number";
import { maskMobile } from "@/lib/validation/mobile";
import { formatShanghai } from "@/lib/time";
import { RowAction } from "@/components/ui/row-action";
import { acceptBindingAction, rejectBindingAction } from "@/lib/accounts/actions";
import { ListPage, Table } from "@/components/ui/list-page";

export const metadata: Metadata = { title: "新进账号管理" };

export default async function IncomingAccountsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePermission("account.accept");
  const query = listQuerySchema.parse(await searchParams);
  const list = await listBindingRequests({ actor, query });
  const { rows } = list;
  return (
    <ListPage title="新进账号管理" trail={["统一门户子系统", "新进账号管理"]} list={list} params={{ q: query.q }}>
      <Table head={["姓名", "身份证号", "手机号码", "申请单位", "申请时间", "操作"]}>
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
      </Table>
    </ListPage>
  );
}
