import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { connection } from "next/server";
import { db } from "@/lib/db/client";
import { authOptions } from "./auth-options";
import { loadPersonActor } from "./load-actor";
import { can, type Actor, type PersonActor, type Permission, type UnitActor } from "./permissions";

// The session names an account; whether it still may act is decided here, against the database, on every request.

type SessionState =
  | { status: "none" }
  | { status: "ended" }
  | { status: "mustChangePassword"; actor: PersonActor }
  | { status: "active"; actor: Actor };

export const sessionState = cache(async (): Promise<SessionState> => {
  await connection();
  const session = await getServerSession(authOptions());
  const user = session?.user as { id?: string; kind?: string; sv?: number } | undefined;
  if (!user?.id) return { status: "none" };
  if (user.kind === "unit") {
    const unit = await db.unit.findUnique({ where: { id: user.id } });
    if (!unit || unit.status !== "ACTIVE") return { status: "ended" };
    return { status: "active", actor: { kind: "unit", unitId: unit.id, name: unit.name } };
  }
  const account = await db.user.findUnique({ where: { id: user.id }, select: { status: true, sessionVersion: true, mustChangePassword: true } });
  if (!account || account.status !== "ACTIVE" || account.sessionVersion !== user.sv) return { status: "ended" };
  const actor = await loadPersonActor(db, user.id);
  if (!actor) return { status: "ended" };
  return account.mustChangePassword ? { status: "mustChangePassword", actor } : { status: "active", actor };
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
