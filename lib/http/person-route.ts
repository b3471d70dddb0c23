import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { z } from "zod";
import { runAction } from "@/lib/action";
import type { PersonActor } from "@/lib/auth/permissions";
import { FIRST_PASSWORD_PAGE } from "@/lib/auth/password-page";
import { resolveSession } from "@/lib/auth/resolve-session";
import { decodeSession, sessionCookieName } from "@/lib/auth/session-cookie";
import { slideSession } from "@/lib/auth/slide-session";
import { BUSY_MESSAGE, isDatabaseUnavailable } from "@/lib/db/unavailable";
import { env } from "@/lib/env";
import { ipFromHeaders } from "@/lib/request-ip";
import { guardRequest } from "./request-guard";
import { readJsonBody } from "./read-json-body";

// personAction's shape for a route handler that proxy.ts does not see (a button that takes a surge: 申报): the
// request guard, the session checked against the database with its sliding expiry, the schema, the business
// function, and the same ActionState answered as JSON. Signed out: 401, and the page goes to the login page.

export const SIGNED_OUT_MESSAGE = "登录已失效，请重新登录";
export const PASSWORD_DUE_MESSAGE = "首次登录须先修改初始密码";

type Options<S extends z.ZodType> = { schema: S; maxBodyBytes: number; successMessage?: string };

export async function personRoute<S extends z.ZodType, R>(
  req: NextRequest,
  opts: Options<S>,
  fn: (ctx: { actor: PersonActor; ip: string; data: z.infer<S> }) => Promise<R>,
): Promise<Response> {
  const refused = await guardRequest(req);
  if (refused) return refused;
  const body = await readJsonBody(req, opts.maxBodyBytes);
  if (body.tooLarge) return NextResponse.json({ ok: false, message: "提交的内容过长" }, { status: 413 });
  const secret = env().NEXTAUTH_SECRET;
  try {
    const token = await decodeSession(req.cookies.get(sessionCookieName())?.value, secret);
    const session = await resolveSession(token);
    if (token && session.status === "mustChangePassword") {
      // Signed in, but nothing may be done before 密码修改: 403 names the page to go to (the page follows it).
      return NextResponse.json({ ok: false, message: PASSWORD_DUE_MESSAGE, redirectTo: FIRST_PASSWORD_PAGE }, { status: 403 });
    }
    if (!token || session.status !== "active" || session.actor.kind !== "person") {
      return NextResponse.json({ ok: false, message: SIGNED_OUT_MESSAGE }, { status: 401 });
    }
    const actor = session.actor;
    const ip = ipFromHeaders(req.headers);
    const result = await runAction(opts.schema, body.value, (data) => fn({ actor, ip, data }), opts.successMessage);
    const res = NextResponse.json(result, { status: result.ok ? 200 : 400, headers: { "Cache-Control": "no-store" } });
    await slideSession(res, token, secret);
    return res;
  } catch (error) {
    // As for actions: every write is one statement or one transaction, so the same press can simply be made again.
    if (isDatabaseUnavailable(error)) return NextResponse.json({ ok: false, message: BUSY_MESSAGE }, { status: 503 });
    throw error;
  }
}
