import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { getToken } from "next-auth/jwt";
import { forbidden, redirect } from "next/navigation";
import { connection } from "next/server";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { loadPersonAccount } from "./load-actor";
import { sessionCookieName } from "./session-cookie";
import { can, type Actor, type PersonActor, type Permission, type UnitActor } from "./permissions";

// The session names an account; whether it still may act is decided here, against the database, on every request.

type SessionState =
  | { status: "none" }
  | { status: "ended" }
  | { status: "mustChangePassword"; actor: PersonActor }
  | { status: "active"; actor: Actor };

/** The session token from the cookie: one decryption, no round trip through next-auth's session endpoint. */
async function sessionToken() {
  const cookieStore = await cookies();
  const cookieName = sessionCookieName();
  const value = cookieStore.get(cookieName)?.value;
  if (!value) return null;
  const req = { headers: {}, cookies: { [cookieName]: value } };
  return getToken({ req: req as never, secret: env().NEXTAUTH_SECRET, cookieName });
}

export const sessionState = cache(async (): Promise<SessionState> => {
  await connection();
  const token = await sessionToken();
  if (!token?.sub) return { status: "none" };
  if (token.kind === "unit") {
    const unit = await db.unit.findUnique({ where: { id: token.sub }, select: { id: true, name: true, status: true } });
    if (!unit || unit.status !== "ACTIVE") return { status: "ended" };
    return { status: "active", actor: { kind: "unit", unitId: unit.id, name: unit.name } };
  }
  const account = await loadPersonAccount(db, token.sub);
  if (!account || account.status !== "ACTIVE" || account.sessionVersion !== token.sv) return { status: "ended" };
  return account.mustChangePassword ? { status: "mustChangePassword", actor: account.actor } : { status: "active", actor: account.actor };
});

/** For pages and actions: the signed-in actor, or a redirect to the login page (or to 密码修改 when it is due). */
export async function requireActor(opts: { allowPendingPasswordChange?: boolean } = {}): Promise<Actor> {
  const state = await sessionState();
  if (state.status === "none") redirect("/login");
  if (state.status === "ended") redirect("/login?reason=ended");
  if (state.status === "mustChangePassword") {
    if (!opts.allowPendingPasswordChange) redirect("/portal/password?first=1");
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
