import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { decodeSession, sessionCookieName } from "@/lib/auth/session-cookie";
import { FIRST_PASSWORD_PAGE, PASSWORD_PAGE } from "@/lib/auth/password-page";
import { pastAbsoluteLifetime, sessionLimits } from "@/lib/auth/session-lifetime";
import { slideSession } from "@/lib/auth/slide-session";
import { sessionEnv } from "@/lib/env";
import { guardRequest } from "@/lib/http/request-guard";
import { contentSecurityPolicy, HSTS, newNonce, STATIC_SECURITY_HEADERS } from "@/lib/http/security-headers";

// Every request: hostile shapes are refused before Next parses them (lib/http/request-guard.ts), and every response
// carries the security headers with a fresh CSP nonce (but a server action's: see actionGate).
// Every page but the public ones needs a session; the session slides on activity, ends after the idle time and in
// any case after its absolute lifetime. A first login with the initial password reaches nothing but 密码修改.
// (Pages re-check all of this against the database; this is the fast first gate. API routes answer 401 themselves.)

const PUBLIC_PATHS = [/^\/api\//, /^\/login(\/|$)/, /^\/register(\/|$)/, /^\/dev\/sms(\/|$)/, /^\/query(\/|$)/, /^\/publicity(\/|$)/];
// 首页 answers both: the public one to the signed-out, the person's own one to the signed-in.
const HOME = "/";

export async function proxy(req: NextRequest) {
  const refused = await guardRequest(req);
  if (!refused && isServerActionCall(req)) return actionGate(req);
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: sessionEnv().NODE_ENV === "development" });
  const res = refused ? new NextResponse(refused.body, refused) : await sessionGate(req, { nonce, csp });
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) res.headers.set(name, value);
  res.headers.set("Content-Security-Policy", csp);
  if (req.nextUrl.protocol === "https:" || req.headers.get("x-forwarded-proto") === "https") res.headers.set("Strict-Transport-Security", HSTS);
  return res;
}

const isServerActionCall = (req: NextRequest) => req.method === "POST" && req.headers.has("next-action");

/**
 * A button's server action: its answer is React's flight data, not a page, so it needs no nonce (and Next then has no
 * request headers to rewrite). The action checks the session against the database
 * itself and answers a signed-out press with a redirect the page follows; a redirect from here would hand the page
 * the login page's HTML. Only the sliding expiry is done here, as for any request.
 */
async function actionGate(req: NextRequest) {
  const res = NextResponse.next();
  const secret = sessionEnv().NEXTAUTH_SECRET;
  const token = await decodeSession(req.cookies.get(sessionCookieName())?.value, secret);
  if (token) await slideSession(res, token, secret);
  return res;
}

async function sessionGate(req: NextRequest, policy: { nonce: string; csp: string }) {
  // Next reads the policy from the request to put the nonce on the scripts it renders.
  const pass = () => {
    const headers = new Headers(req.headers);
    headers.set("x-nonce", policy.nonce);
    headers.set("Content-Security-Policy", policy.csp);
    return NextResponse.next({ request: { headers } });
  };
  const path = req.nextUrl.pathname;
  if (PUBLIC_PATHS.some((p) => p.test(path))) return pass();

  const secret = sessionEnv().NEXTAUTH_SECRET;
  const cookieName = sessionCookieName();
  const token = await getToken({ req, secret, cookieName, decode: ({ token }) => decodeSession(token, secret) });
  if (!token) {
    if (path === HOME) return pass();
    const login = new URL("/login", req.url);
    if (req.cookies.has(cookieName)) login.searchParams.set("reason", "expired");
    login.searchParams.set("callbackUrl", path);
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
    return NextResponse.redirect(new URL(FIRST_PASSWORD_PAGE, req.url));
  }

  // Activity moves the expiry on, never past the absolute lifetime.
  const res = pass();
  await slideSession(res, token, secret);
  return res;
}

// Not matched: static files, and the JSON endpoints that take a surge (UNPROXIED_JSON_PATHS: liveness, 证书查询, 申报).
// Each of those runs guardRequest itself (申报 also its session check and sliding expiry, lib/http/person-route.ts)
// and gets its headers from next.config.ts; the proxy's adapter alone cost the lookup a third of its throughput.
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|fonts/|api/health|api/certificates/lookup|api/declarations/submit).*)"],
};
