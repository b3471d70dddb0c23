import Link from "next/link";
import { requirePerson } from "@/lib/auth/session";
import { menuFor } from "@/lib/auth/menu";
import { mayApply, ROLE_LABELS } from "@/lib/auth/permissions";
import { homeTodos } from "@/lib/review/home-todos";
import { myDeclarationStates } from "@/lib/declarations/my-declaration-states";
import { ADMIN_CHANGED_PARAM, adminChangeNotice } from "@/lib/units/admin-change-notice";
import { PageTitle } from "@/components/ui/page-title";

/** 首页 of a signed-in person: to-dos, own declarations, the menu; after 更换管理员 by the old admin, what was done. */
export async function PortalHome({ params }: { params: Record<string, string | string[] | undefined> }) {
  const actor = await requirePerson();
  const roles = [...new Set(actor.grants.map((g) => ROLE_LABELS[g.role]))];
  const changedUnit = params[ADMIN_CHANGED_PARAM];
  const [todos, mine, adminChange] = await Promise.all([
    homeTodos(actor),
    mayApply(actor) ? myDeclarationStates(actor) : [],
    typeof changedUnit === "string" ? adminChangeNotice({ actor, unitId: changedUnit }) : null,
  ]);
  return (
    <div className="flex flex-col gap-5">
      <PageTitle title="首页" />
      {adminChange ? (
        <p role="status" className="rounded bg-green-50 px-3 py-2 text-sm text-green-800" data-testid="admin-change-notice">
          管理员已更换：{adminChange.unitName}的管理员现为{adminChange.adminName}（{adminChange.adminIdNumberMasked}），您已不再担任该单位的管理员。
        </p>
      ) : null}
      <p className="text-sm text-slate-700">
        欢迎您，{actor.name}。当前角色：{roles.length ? roles.join("、") : "申报人"}
      </p>
      {todos.length ? (
        <section aria-labelledby="todo-title">
          <h2 id="todo-title" className="mb-2 font-semibold">
            待办事项
          </h2>
          <ul className="flex flex-col gap-2 text-sm">
            {todos.map((t) => (
              <li key={t.href} data-testid="todo">
                <Link href={t.href} className={`underline ${t.count ? "font-medium text-brand-700" : "text-slate-600"}`}>
                  {t.label}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {mine.length ? (
        <section aria-labelledby="mine-title">
          <h2 id="mine-title" className="mb-2 font-semibold">
            我的申报
          </h2>
          <ul className="flex flex-col gap-2 text-sm">
            {mine.map((d) => (
              <li key={d.id} data-testid="my-declaration">
                {d.roundName} · {d.titleName}：{d.status}（{d.stage}，办理：{d.by}）{" "}
                <Link href={`/title/declarations/${d.id}/track`} className="text-brand-700 underline">
                  跟踪
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
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
