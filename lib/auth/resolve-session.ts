import "server-only";
import type { JWT } from "next-auth/jwt";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { loadPersonAccount } from "./load-actor";
import { decodeSession } from "./session-cookie";
import { pastAbsoluteLifetime, sessionLimits } from "./session-lifetime";
import { authSessionOpen } from "./auth-session";
import type { Actor, PersonActor } from "./permissions";

// Whether a session token still lets its holder act: the token must be unexpired (idle timeout), within the absolute
// lifetime, name a session not ended on the server (退出登录), and an account still active under the same version.

export type SessionState =
  | { status: "none" }
  | { status: "ended" }
  | { status: "mustChangePassword"; actor: PersonActor }
  | { status: "active"; actor: Actor };

export async function resolveSession(token: JWT | null): Promise<SessionState> {
  if (!token?.sub) return { status: "none" };
  const now = Math.floor(Date.now() / 1000);
  if (typeof token.st !== "number" || pastAbsoluteLifetime({ startedAt: token.st, now, limits: sessionLimits() })) {
    return { status: "ended" };
  }
  if (token.kind === "unit") {
    const [open, unit] = await Promise.all([
      authSessionOpen(token.sid),
      db.unit.findUnique({ where: { id: token.sub }, select: { id: true, name: true, status: true } }),
    ]);
    if (!open || !unit || unit.status !== "ACTIVE") return { status: "ended" };
    return { status: "active", actor: { kind: "unit", unitId: unit.id, name: unit.name } };
  }
  const account = await loadPersonAccount(db, token.sub, typeof token.sid === "string" ? token.sid : undefined);
  if (!account?.sessionOpen || account.status !== "ACTIVE" || account.sessionVersion !== token.sv) return { status: "ended" };
  return account.mustChangePassword ? { status: "mustChangePassword", actor: account.actor } : { status: "active", actor: account.actor };
}

/** The state of the session a cookie value carries (one decryption, no round trip through next-auth). */
export async function sessionFromCookie(value: string | undefined): Promise<SessionState> {
  return resolveSession(await decodeSession(value, env().NEXTAUTH_SECRET));
}
