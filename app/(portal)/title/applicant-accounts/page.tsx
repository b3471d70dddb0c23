import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { listUnitAccounts } from "@/lib/accounts/list-unit-accounts";
import { listQuerySchema } from "@/lib/list-query";
import { APPLICANT_USER_TYPE } from "@/lib/accounts/schemas";
import { maskIdNumber } from "@/lib/validation/id-number";
import { maskMobile } from "@/lib/validation/mobile";
import { SchemaForm } from "@/components/ui/schema-form";
import { addApplicantAction } from "@/lib/accounts/actions";
import { ListPage, Table } from "@/components/ui/list-page";

export const metadata: Metadata = { title: "个人账号管理" };

export default async function ApplicantAccountsPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePermission("account.createApplicant");
  const query = listQuerySchema.parse(await searchParams);
  const list = await listUnitAccounts({ actor, permission: "account.createApplicant", query });
  const { rows } = list;
  return (
    <ListPage
      title="个人账号管理"
      trail={["职称评审子系统", "账号管理", "个人账号管理"]}
      list={list}
      params={{ q: query.q }}
      before={
        <details className="mb-4 rounded border p-3">
          <summary className="cursor-pointer font-medium">添加</summary>
          <p className="my-2 text-sm text-slate-600">系统将使用身份证号码为申报人创建账号，初始密码为123@abc，申报人首次登录须修改密码。</p>
          <SchemaForm
            schema="addApplicant"
            action={addApplicantAction}
            fields={[
              { name: "idNumber", label: "身份证号" },
              { name: "name", label: "姓名" },
              { name: "mobile", label: "手机号码" },
              { name: "userType", label: "用户类型", type: "select", options: [{ value: APPLICANT_USER_TYPE, label: APPLICANT_USER_TYPE }] },
            ]}
            defaults={{ idNumber: "", name: "", mobile: "", userType: "" }}
            submitLabel="确认"
            resetOnSuccess
          />
        </details>
      }
    >
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
