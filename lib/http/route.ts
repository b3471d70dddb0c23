import "server-only";
import { NextRequest, NextResponse } from "next/server";
import type { JWT } from "next-auth/jwt";
import type { z } from "zod";
import { can, type PersonActor, type Permission } from "@/lib/auth/permissions";
import { resolveSession } from "@/lib/auth/resolve-session";
import { decodeSession, sessionCookieName } from "@/lib/auth/session-cookie";
import { slideSession } from "@/lib/auth/slide-session";
import { runChain, type Outcome } from "@/lib/chain";
import { env } from "@/lib/env";
import { FIRST_PASSWORD_PAGE } from "@/lib/auth/password-page";
import { PASSWORD_DUE_MESSAGE, refusal, refusalHeaders, REFUSAL_STATUS, SIGNED_OUT_MESSAGE } from "@/lib/refusal";
import { ipFromHeaders } from "@/lib/request-ip";
import { readJsonBody, type JsonBody } from "./read-json-body";
import { guardRequest } from "./request-guard";
import { UNPROXIED_JSON_PATHS } from "./security-headers";

// The route-handler form of the request chain (lib/chain.ts): the request guard (again, for the routes proxy.ts does
// not see), the session checked against the database, the permission, the input, the schema, the business function;
// the answer is the ActionState as JSON, or what `respond` makes of the result (a file, a stream), and every refusal
// the ActionState of its cause with that cause's status (lib/refusal.ts). Where proxy.ts does not run, the session's
// sliding expiry is done here.

type Reader = (req: NextRequest) => Promise<JsonBody> | JsonBody;

type RouteOptions<S extends z.ZodType, R> = {
  schema: S;
  /** The input: `{ json: limit }` for a JSON body read no further than its limit, or a reader (params, a form). */
  input: { json: number } | Reader;
  /** The message of a body past its limit. */
  tooLargeMessage?: string;
  permission?: Permission;
  /** Why a person without the permission is refused, when more can be said than "no permission". */
  forbiddenMessage?: string;
  successMessage?: string;
  /** The answer on success; the ActionState with the result as JSON when not given. */
  respond?: (result: R) => Response;
};

export type PersonCaller = { actor: PersonActor; ip: string };

/** Next hands route handlers a NextRequest; a plain Request (a test, a script) is read the same way. */
const nextRequest = (req: Request) => (req instanceof NextRequest ? req : new NextRequest(req));

function reader<S extends z.ZodType, R>(req: NextRequest, o: RouteOptions<S, R>) {
  return async () => {
    const body = "json" in o.input ? await readJsonBody(req, o.input.json) : await o.input(req);
    return body.tooLarge ? { tooLarge: true as const, message: o.tooLargeMessage } : body;
  };
}

const NO_STORE = { "Cache-Control": "no-store" };

/** The answer: a NextResponse where the session's cookie may be re-issued on it, a plain Response (cheaper) elsewhere. */
function answer<R>(outcome: Outcome<R>, o: { respond?: (result: R) => Response; cookies: boolean }): Response {
  const json = (body: unknown, init: ResponseInit) => (o.cookies ? NextResponse.json(body, init) : Response.json(body, init));
  // A body refused as too large is answered before it has been read: the connection closes with the answer, since
  // reused, the unread rest would reset the client's next request.
  const closing = !outcome.ok && outcome.cause === "tooLarge" ? { ...NO_STORE, Connection: "close" } : NO_STORE;
  if (!outcome.ok) return json(outcome, { status: REFUSAL_STATUS[outcome.cause], headers: refusalHeaders(outcome, closing) });
  return o.respond ? o.respond(outcome.data) : json(outcome, { headers: NO_STORE });
}

/** A signed-in person's route. */
export async function personRoute<S extends z.ZodType, R>(request: Request, o: RouteOptions<S, R>, fn: (ctx: PersonCaller & { data: z.infer<S> }) => Promise<R>): Promise<Response> {
  const req = nextRequest(request);
  const refused = await guardRequest(req);
  if (refused) return refused;
  const secret = env().NEXTAUTH_SECRET;
  let token: JWT | null = null;
  const outcome = await runChain({
    session: async () => {
      token = await decodeSession(req.cookies.get(sessionCookieName())?.value, secret);
      const session = await resolveSession(token);
      // Signed in, but nothing may be done before 密码修改: the refusal names the page to go to (the page follows it).
      if (session.status === "mustChangePassword") return { refused: refusal("forbidden", PASSWORD_DUE_MESSAGE, { redirectTo: FIRST_PASSWORD_PAGE }) };
      if (session.status !== "active") return { refused: refusal("signedOut", SIGNED_OUT_MESSAGE) };
      if (session.actor.kind !== "person") return { refused: refusal("forbidden", "单位账号不能使用此功能") };
      return { caller: { actor: session.actor, ip: ipFromHeaders(req.headers) } };
    },
    permission: o.permission ? (caller: PersonCaller) => can(caller.actor, o.permission!) : undefined,
    forbiddenMessage: o.forbiddenMessage,
    input: reader(req, o),
    schema: o.schema,
    fn: (caller, data) => fn({ ...caller, data }),
    successMessage: o.successMessage,
  });
  // proxy.ts slides the session of every path it sees; here, the paths it does not see.
  const slides = UNPROXIED_JSON_PATHS.includes(req.nextUrl.pathname);
  const res = answer(outcome, { respond: o.respond, cookies: slides });
  if (token && res instanceof NextResponse) await slideSession(res, token, secret);
  return res;
}

/** A route anyone may call (证书查询). */
export async function publicRoute<S extends z.ZodType, R>(request: Request, o: RouteOptions<S, R>, fn: (ctx: { ip: string; data: z.infer<S> }) => Promise<R>): Promise<Response> {
  const req = nextRequest(request);
  const refused = await guardRequest(req);
  if (refused) return refused;
  const outcome = await runChain({
    session: async () => ({ caller: { ip: ipFromHeaders(req.headers) } }),
    input: reader(req, o),
    schema: o.schema,
    fn: (caller, data) => fn({ ...caller, data }),
    successMessage: o.successMessage,
  });
  return answer(outcome, { respond: o.respond, cookies: false });
}

/** A route's path parameters as its input. */
export const fromParams = (params: Promise<Record<string, string>>) => async (): Promise<JsonBody> => ({ tooLarge: false, value: await params });

/** A route that takes no input (its schema: `z.object({})`). */
export const NO_INPUT = (): JsonBody => ({ tooLarge: false, value: {} });

/** A multipart body no larger than `maxBytes` (by its Content-Length), as the form's fields; null when it is not a form. */
export const fromForm =
  (maxBytes: number, fields: (form: FormData | null) => unknown) =>
  async (req: NextRequest): Promise<JsonBody> => {
    if (Number(req.headers.get("content-length") ?? 0) > maxBytes) return { tooLarge: true };
    return { tooLarge: false, value: fields(await req.formData().catch(() => null)) };
  };
