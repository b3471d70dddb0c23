import { redirect } from "next/navigation";
import { sessionState } from "@/lib/auth/session";
import { menuFor } from "@/lib/auth/menu";
import { getMyUnitName } from "@/lib/units/get-unit-name";
import { AppHeader } from "./app-header";
import { SideNav } from "./side-nav";

/** The frame of the signed-in person's pages: header, menu (none before the initial password is changed), content. */
export async function PortalShell({ children }: { children: React.ReactNode }) {
  const state = await sessionState();
  if (state.status === "none") redirect("/login");
  if (state.status === "ended") redirect("/login?reason=ended");
  const actor = state.actor;
  if (actor.kind === "unit") redirect("/unit");
  const unitName = await getMyUnitName(actor);
  const restricted = state.status === "mustChangePassword";
  return (
    <>
      <AppHeader who={actor.name} unitName={unitName} links={restricted ? [] : [{ href: "/portal/profile", label: "个人资料" }]} />
      <div className="mx-auto flex max-w-7xl flex-col gap-4 px-4 py-4 md:flex-row">
        {restricted ? null : <SideNav groups={menuFor(actor)} />}
        <main id="main" className="min-w-0 flex-1 rounded bg-white p-4 shadow-sm sm:p-6">
          {children}
        </main>
      </div>
    </>
  );
}
