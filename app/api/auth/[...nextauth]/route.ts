import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/auth-options";
import { sessionCookieName, sessionCookieOptions } from "@/lib/auth/session-cookie";
import { sessionFromCookie } from "@/lib/auth/resolve-session";

type Context = { params: Promise<{ nextauth: string[] }> };

const handler = (req: Request, ctx: Context) => NextAuth(req as never, ctx as never, authOptions());

/**
 * next-auth's session answer trusts the token alone: a cookie whose session has ended on the server (退出登录, the
 * absolute lifetime, a disabled account) answers as no session, and the cookie is cleared.
 */
async function GET(req: NextRequest, ctx: Context) {
  const { nextauth } = await ctx.params;
  if (nextauth.join("/") === "session") {
    const cookie = req.cookies.get(sessionCookieName())?.value;
    const state = await sessionFromCookie(cookie);
    if (cookie && (state.status === "none" || state.status === "ended")) {
      const res = NextResponse.json({}, { headers: { "Cache-Control": "no-store" } });
      res.cookies.set(sessionCookieName(), "", sessionCookieOptions(0));
      return res;
    }
  }
  return handler(req, ctx);
}

export { GET, handler as POST };
