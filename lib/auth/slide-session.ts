import type { NextResponse } from "next/server";
import type { JWT } from "next-auth/jwt";
import { encodeSession, sessionCookieName, sessionCookieOptions } from "./session-cookie";
import { pastAbsoluteLifetime, sessionLimits, sessionSecondsLeft, shouldSlide } from "./session-lifetime";

/** Activity moves the session's expiry on, never past its absolute lifetime: the re-issued cookie, when one is due. */
export async function slideSession(res: NextResponse, token: JWT, secret: string, now = Math.floor(Date.now() / 1000)) {
  const limits = sessionLimits();
  if (typeof token.st !== "number" || pastAbsoluteLifetime({ startedAt: token.st, now, limits })) return;
  if (!shouldSlide({ expiresAt: Number(token.exp ?? 0), startedAt: token.st, now, limits })) return;
  const maxAge = sessionSecondsLeft({ startedAt: token.st, now, limits });
  res.cookies.set(sessionCookieName(), await encodeSession(token, secret, maxAge), sessionCookieOptions(maxAge));
}
