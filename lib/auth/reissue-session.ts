import "server-only";
import { cookies } from "next/headers";
import { getToken } from "next-auth/jwt";
import { env } from "@/lib/env";
import { sessionLimits, sessionSecondsLeft } from "./session-lifetime";
import { encodeSession, sessionCookieName, sessionCookieOptions } from "./session-cookie";

/** After a password change this session carries on under the new version while every other one ends. */
export async function reissueSession(change: { sessionVersion: number }) {
  const cookieStore = await cookies();
  const cookieName = sessionCookieName();
  const req = { headers: {}, cookies: Object.fromEntries(cookieStore.getAll().map((c) => [c.name, c.value])) };
  const token = await getToken({ req: req as never, secret: env().NEXTAUTH_SECRET, cookieName });
  if (!token) return;
  const maxAge = sessionSecondsLeft({ startedAt: token.st, now: Math.floor(Date.now() / 1000), limits: sessionLimits() });
  if (maxAge <= 0) return;
  const value = await encodeSession({ ...token, sv: change.sessionVersion, mcp: false }, env().NEXTAUTH_SECRET, maxAge);
  cookieStore.set(cookieName, value, sessionCookieOptions(maxAge));
}
