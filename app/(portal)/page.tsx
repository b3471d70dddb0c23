import { requirePerson } from "@/lib/auth/session";
import { menuFor } from "@/lib/auth/menu";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { PageTitle } from "@/components/ui/page-title";
import Link from "next/link";

export default async function HomePage() {
  const actor = await requirePerson();
  const roles = [...new Set(actor.grants.map((g) => ROLE_LABELS[g.role]))];
  return (
    <div>
      <PageTitle title="首页" />
      <p className="text-sm text-slate-700">
        欢迎您，{actor.name}。当前角色：{roles.length ? roles.join("、") : "申报人"}
      </p>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {menuFor(actor).flatMap((g) =>
          g.items.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="block rounded border border-slate-200 p-3 text-sm hover:border-brand-600">
                <span className="text-xs text-slate-500">{g.subsystem}</span>
                <span className="mt-1 block font-medium">{item.label}</span>
              </Link>
            </li>
          )),
        )}
      </ul>
    </div>
  );
}
