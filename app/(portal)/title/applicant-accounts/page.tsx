import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { listUnitAccounts } from "@/lib/accounts/list-unit-accounts";
import { listQuerySchema } from "@/lib/accounts/list-query";
import { APPLICANT_USER_TYPE } from "@/lib/accounts/schemas";
import { maskIdNumber } from "@/lib/validation/id-number";
import { maskMobile } from "@/lib/validation/mobile";
import { SchemaForm } from "@/components/accounts/schema-form";
import { addApplicantAction } from "./actions";
import { ListPage, Table } from "@/components/accounts/list-page";

export const metadata: Metadata = { title: "个人账号管理" };

export default async function ApplicantAccountsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePermission("account.createApplicant");
  const query = listQuerySchema.parse(await searchParams);
  const { total, rows } = await listUnitAccounts({ actor, permission: "account.createApplicant", query });
  return (
    <ListPage title="个人账号管理" trail={["职称评审子系统", "账号管理", "个人账号管理"]} query={query} total={total}>
      <Table head={["姓名", "账号（身份证号）", "手机号码", "首次登录改密"]}>
        {rows.map((u) => (
          <tr key={u.id} className="border-b">
            <td className="p-2">{u.name}</td>
            <td className="p-2">{maskIdNumber(u.idNumber)}</td>
            <td className="p-2">{u.mobile ? maskMobile(u.mobile) : ""}</td>
            <td className="p-2">{u.mustChangePassword ? "待修改初始密码" : "已修改"}</td>
          </tr>
        ))}
      </Table>
    </ListPage>
  );
}
