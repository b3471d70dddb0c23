import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { connection } from "next/server";
import { sessionFromCookie, type SessionState } from "./resolve-session";
import { sessionCookieName } from "./session-cookie";
import { FIRST_PASSWORD_PAGE } from "./password-page";
import { can, type Actor, type PersonActor, type Permission, type UnitActor } from "./permissions";

// The session names an account; whether it still may act is decided here, against the database, on every request.

export const sessionState = cache(async (): Promise<SessionState> => {
  await connection();
  const cookieStore = await cookies();
  return sessionFromCookie(cookieStore.get(sessionCookieName())?.value);
});

/** For pages and actions: the signed-in actor, or a redirect to the login page (or to 密码修改 when it is due). */
export async function requireActor(opts: { allowPendingPasswordChange?: boolean } = {}): Promise<Actor> {
  const state = await sessionState();
  if (state.status === "none") redirect("/login");
  if (state.status === "ended") redirect("/login?reason=ended");
  if (state.status === "mustChangePassword") {
    if (!opts.allowPendingPasswordChange) redirect(FIRST_PASSWORD_PAGE);
    return state.actor;
  }
  return state.actor;
}

export async function requirePerson(opts: { allowPendingPasswordChange?: boolean } = {}): Promise<PersonActor> {
  const actor = await requireActor(opts);
  if (actor.kind !== "person") redirect("/unit");
  return actor;
}

export async function requireUnitLogin(): Promise<UnitActor> {
  const actor = await requireActor();
  if (actor.kind !== "unit") redirect("/");
  return actor;
}

/** For pages: show the 403 page unless the actor holds the permission somewhere. */
export async function requirePermission(permission: Permission): Promise<PersonActor> {
  const actor = await requirePerson();
  if (!can(actor, permission)) forbidden();
  return actor;
}

/** For pages shared by several roles: the 403 page unless the actor holds one of the permissions. */
export async function requireAnyPermission(...permissions: Permission[]): Promise<PersonActor> {
  const actor = await requirePerson();
  if (!permissions.some((p) => can(actor, p))) forbidden();
  return actor;
}
