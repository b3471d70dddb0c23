import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/session";
import { listUnitAccounts } from "@/lib/accounts/list-unit-accounts";
import { listQuerySchema } from "@/lib/list-query";
import { maskIdNumber } from "@/lib/validation/id-number";
import { SchemaForm } from "@/components/ui/schema-form";
import { updateAccountNameAction } from "@/lib/accounts/actions";
import { ListPage } from "@/components/ui/list-page";

export const metadata: Metadata = { title: "账号信息维护" };

export default async function AccountNamesPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePermission("account.names");
  const query = listQuerySchema.parse(await searchParams);
  const list = await listUnitAccounts({ actor, permission: "account.names", query });
  const { rows } = list;
  return (
    <ListPage title="账号信息维护" trail={["统一门户子系统", "账号信息维护"]} list={list} params={{ q: query.q }}>
      <ul className="flex flex-col gap-3">
        {rows.map((u) => (
          <li key={u.id} className="rounded border p-3">
            <p className="mb-2 text-sm text-slate-600">
              {maskIdNumber(u.idNumber)}，{u.unit?.name}
            </p>
            <SchemaForm
              schema="accountName"
              action={updateAccountNameAction}
              fields={[{ name: "userId", label: "", type: "hidden" }, { name: "name", label: `姓名（${maskIdNumber(u.idNumber)}）` }]}
              defaults={{ userId: u.id, name: u.name }}
              submitLabel="保存"
              className="flex flex-wrap items-end gap-3"
            />
          </li>
        ))}
      </ul>
    </ListPage>
  );
}
