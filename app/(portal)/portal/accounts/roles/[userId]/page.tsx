import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { getAccountRoles } from "@/lib/accounts/get-account-roles";
import { GRANTABLE_ROLES } from "@/lib/accounts/schemas";
import { maskIdNumber } from "@/lib/validation/id-number";
import { PageTitle } from "@/components/ui/page-title";
import { RowAction } from "@/components/ui/row-action";
import { grantRoleAction, revokeRoleAction } from "@/lib/accounts/actions";

export const metadata: Metadata = { title: "角色绑定" };

/** 角色绑定: the roles of 职称评审子系统, each switched on (绑定) or off (解绑) for the account at its unit. */
export default async function RoleBindingPage({ params }: { params: Promise<{ userId: string }> }) {
  const actor = await requirePermission("account.roles");
  const { userId } = await params;
  const user = await getAccountRoles({ actor, userId });
  if (!user) notFound();
  const unitId = user.unit.id;
  return (
    <div>
      <PageTitle title="角色绑定" trail={["统一门户子系统", "账号角色管理", "角色绑定"]} />
      <p className="mb-3 text-sm">
        {user.name}（{maskIdNumber(user.idNumber)}），{user.unit.name}
        {user.grants.some((g) => g.role === "UNIT_ADMIN" && g.unitId === unitId) ? "，单位管理员" : ""}
      </p>
      <h2 className="mb-2 font-semibold">职称评审子系统</h2>
      <table className="w-full max-w-xl text-left text-sm">
        <thead className="bg-slate-100">
          <tr><th className="p-2">角色</th><th className="p-2">状态</th><th className="p-2">操作</th></tr>
        </thead>
        <tbody>
          {GRANTABLE_ROLES.map((role) => {
            const held = user.grants.some((g) => g.role === role && g.unitId === unitId);
            const payload = { userId: user.id, unitId, role };
            return (
              <tr key={role} className="border-b">
                <td className="p-2">{ROLE_LABELS[role]}</td>
                <td className="p-2">{held ? "已绑定" : "未绑定"}</td>
                <td className="p-2">
                  {held ? (
                    <RowAction action={revokeRoleAction} payload={payload} label="解绑" ariaLabel={`解绑 ${ROLE_LABELS[role]}`} />
                  ) : (
                    <RowAction action={grantRoleAction} payload={payload} label="绑定" variant="primary" ariaLabel={`绑定 ${ROLE_LABELS[role]}`} />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
