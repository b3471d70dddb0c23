import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/session";
import { listUnitAccounts } from "@/lib/accounts/list-unit-accounts";
import { listQuerySchema } from "@/lib/list-query";
import { ACCOUNT_STATUS_LABELS } from "@/lib/accounts/labels";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { maskIdNumber } from "@/lib/validation/id-number";
import { RowAction } from "@/components/ui/row-action";
import { setAccountStatusAction } from "@/lib/accounts/actions";
import { ListPage, Table } from "@/components/ui/list-page";

export const metadata: Metadata = { title: "账号角色管理" };

export default async function AccountRolesPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePermission("account.roles");
  const query = listQuerySchema.parse(await searchParams);
  const list = await listUnitAccounts({ actor, permission: "account.roles", query });
  const { rows } = list;
  return (
    <ListPage title="账号角色管理" trail={["统一门户子系统", "账号角色管理"]} list={list} params={{ q: query.q }}>
      <Table head={["姓名", "证件号码", "所在单位", "角色", "账号状态", "操作"]}>
        {rows.map((u) => (
          <tr key={u.id} className="border-b" data-testid="account-row">
            <td className="p-2">{u.name}</td>
            <td className="p-2">{maskIdNumber(u.idNumber)}</td>
            <td className="p-2">{u.unit?.name}</td>
            <td className="p-2">{u.grants.map((g) => ROLE_LABELS[g.role]).join("、") || "—"}</td>
            <td className="p-2">
              <span className="mr-2">{ACCOUNT_STATUS_LABELS[u.status]}</span>
              {u.id === actor.userId ? null : u.status === "ACTIVE" ? (
                <RowAction action={setAccountStatusAction} payload={{ userId: u.id, status: "DISABLED" }} label="禁用" variant="danger" ariaLabel={`禁用 ${u.name}`} />
              ) : actor.grants.some((g) => g.role === "UNIT_ADMIN" && g.unitId === u.unitId) ? (
                <RowAction action={setAccountStatusAction} payload={{ userId: u.id, status: "ACTIVE" }} label="启用" ariaLabel={`启用 ${u.name}`} />
              ) : (
                <span className="text-xs text-slate-500">由所在单位管理员启用</span>
              )}
            </td>
            <td className="p-2">
              <Link href={`/portal/accounts/roles/${u.id}`} className="text-brand-700 underline" aria-label={`绑定 ${u.name}`}>
                绑定
              </Link>
            </td>
          </tr>
        ))}
      </Table>
    </ListPage>
  );
}
