import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { listUnitAccounts } from "@/lib/accounts/list-unit-accounts";
import { listQuerySchema } from "@/lib/list-query";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { maskIdNumber } from "@/lib/validation/id-number";
import { RowAction } from "@/components/ui/row-action";
import { exitAccountAction } from "@/lib/accounts/actions";
import { ListPage, Table } from "@/components/ui/list-page";

export const metadata: Metadata = { title: "账号退出管理" };

export default async function AccountExitsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePermission("account.exit");
  const query = listQuerySchema.parse(await searchParams);
  const list = await listUnitAccounts({ actor, permission: "account.exit", query });
  const { rows } = list;
  return (
    <ListPage title="账号退出管理" trail={["统一门户子系统", "账号退出管理"]} list={list} params={{ q: query.q }} intro="被退出的账号将解除与本单位的关联关系，其在本单位的角色一并取消。">
      <Table head={["姓名", "身份证号", "所在单位", "角色", "操作"]}>
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
      </Table>
    </ListPage>
  );
}
