import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { encodeSession, sessionCookieName, sessionCookieOptions } from "@/lib/auth/session-cookie";
import { pastAbsoluteLifetime, sessionLimits, sessionSecondsLeft, shouldSlide } from "@/lib/auth/session-lifetime";

// Every page but the public ones needs a session; the session slides on activity, ends after the idle time and in
// any case after its absolute lifetime.
// A first login with the initial password reaches nothing but 密码修改. (Pages re-check all of this against the
// database; this is the fast first gate.)

const PUBLIC_PATHS = [/^\/login(\/|$)/, /^\/register(\/|$)/, /^\/dev\/sms(\/|$)/, /^\/query(\/|$)/];
const PASSWORD_PAGE = "/portal/password";

export async function proxy(req: NextRequest) {
  const path = req.nextUrl.pathname;
  if (PUBLIC_PATHS.some((p) => p.test(path))) return NextResponse.next();

  const secret = process.env.NEXTAUTH_SECRET ?? "";
  const cookieName = sessionCookieName();
  const token = await getToken({ req, secret, cookieName });
  if (!token) {
    const login = new URL("/login", req.url);
    if (req.cookies.has(cookieName)) login.searchParams.set("reason", "expired");
    if (path !== "/") login.searchParams.set("callbackUrl", path);
    return NextResponse.redirect(login);
  }
  const now = Math.floor(Date.now() / 1000);
  const limits = sessionLimits();
  if (typeof token.st !== "number" || pastAbsoluteLifetime({ startedAt: token.st, now, limits })) {
    const login = NextResponse.redirect(new URL("/login?reason=expired", req.url));
    login.cookies.delete(cookieName);
    return login;
  }
  if (token.mcp && path !== PASSWORD_PAGE) {
    return NextResponse.redirect(new URL(`${PASSWORD_PAGE}?first=1`, req.url));
  }

  // Activity moves the expiry on, never past the absolute lifetime.
  const res = NextResponse.next();
  if (shouldSlide({ expiresAt: Number(token.exp ?? 0), startedAt: token.st, now, limits })) {
    const maxAge = sessionSecondsLeft({ startedAt: token.st, now, limits });
    res.cookies.set(cookieName, await encodeSession(token, secret, maxAge), sessionCookieOptions(maxAge));
  }
  return res;
}

// API routes answer 401 themselves (they check the session like pages do) and are left out of this gate.
export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|fonts/).*)"],
};
