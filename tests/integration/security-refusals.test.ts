import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { runAction } from "@/lib/action";
import { encodeSession, sessionCookieName } from "@/lib/auth/session-cookie";
import { db } from "@/lib/db/client";
import { AppError, notFound, RateLimited } from "@/lib/errors";
import { REFUSAL_STATUS, refusalOf } from "@/lib/refusal";
import { GET as declarationFile } from "@/app/api/declarations/files/[id]/route";
import { POST as submitRoute } from "@/app/api/declarations/submit/route";
import { GET as certificateTemplate } from "@/app/(portal)/title/certificates/template/route";
import { createPerson, createUnit } from "@/prisma/seed/factories";

// A refusal has one status and one shape per cause, whichever entry point refuses: the request guard, a route
// handler (through lib/http/route.ts) or a server action (through lib/action.ts). Routes are called as Next calls them.

const SITE = "http://localhost";
const SHAPE = { ok: false, cause: expect.any(String), message: expect.any(String) };

async function signedInCookie() {
  const user = await createPerson(db, { unitId: (await createUnit(db)).id });
  const session = await db.authSession.create({ data: { userId: user.id } });
  const st = Math.floor(session.createdAt.getTime() / 1000);
  const token = await encodeSession({ sub: user.id, name: user.name, kind: "person", sv: 0, mcp: false, sid: session.id, st }, process.env.NEXTAUTH_SECRET!, 1800);
  return `${sessionCookieName()}=${token}`;
}

function post(path: string, body: string, headers: Record<string, string> = {}) {
  return new NextRequest(`${SITE}${path}`, { method: "POST", body, headers: { "content-type": "application/json", origin: SITE, host: "localhost", ...headers } });
}

const get = (path: string, headers: Record<string, string> = {}) => new NextRequest(`${SITE}${path}`, { headers: { host: "localhost", ...headers } });

async function refused(res: Response) {
  const body = await res.json();
  expect(body).toMatchObject(SHAPE);
  return { status: res.status, cause: body.cause as string, message: body.message as string, fieldErrors: body.fieldErrors };
}

const press = (body: unknown, headers?: Record<string, string>) => submitRoute(post("/api/declarations/submit", JSON.stringify(body), headers));
const fileOf = (id: string, headers?: Record<string, string>) => declarationFile(get(`/api/declarations/files/${id}`, headers), { params: Promise.resolve({ id }) });

describe("one status per cause", () => {
  it("maps each cause to its status", () => {
    expect(REFUSAL_STATUS).toEqual({ invalid: 400, signedOut: 401, forbidden: 403, notFound: 404, methodNotAllowed: 405, conflict: 409, tooLarge: 413, rateLimited: 429, unavailable: 503 });
  });

  it("maps each business refusal and a lost database to its cause; any other error is a fault", () => {
    const causes = (["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "INVALID", "CONFLICT", "LOCKED"] as const).map((code) => refusalOf(new AppError(code, "x"))?.cause);
    expect(causes).toEqual(["signedOut", "forbidden", "notFound", "invalid", "conflict", "rateLimited"]);
    expect(refusalOf(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" }))).toEqual({ ok: false, cause: "unavailable", message: "系统繁忙，请稍后重试", retryAfterSeconds: 10 });
    expect(refusalOf(new RateLimited("查询过于频繁，请30秒后再试", 30))).toEqual({ ok: false, cause: "rateLimited", message: "查询过于频繁，请30秒后再试", retryAfterSeconds: 30 });
    expect(refusalOf(new Error("a bug"))).toBeNull();
    expect(refusalOf(new AppError("INVALID", "请填写姓名", "name"))).toEqual({ ok: false, cause: "invalid", message: "请填写姓名", fieldErrors: { name: "请填写姓名" } });
  });
});

describe("routes and actions answer the same cause the same way", () => {
  it("signed out: 401 from the JSON route, a file route and a download route", async () => {
    const answers = await Promise.all([refused(await press({ id: "x", status: "DRAFT", version: 0 })), refused(await fileOf("x")), refused(await certificateTemplate(get("/title/certificates/template")))]);
    for (const a of answers) expect(a).toMatchObject({ status: 401, cause: "signedOut", message: "登录已失效，请重新登录" });
  });

  it("forbidden: 403 for a person without the permission, and for another site's Origin", async () => {
    const cookie = await signedInCookie();
    expect(await refused(await certificateTemplate(get("/title/certificates/template", { cookie })))).toMatchObject({ status: 403, cause: "forbidden" });
    expect(await refused(await press({ id: "x", status: "DRAFT", version: 0 }, { cookie, origin: "https://evil.example" }))).toMatchObject({ status: 403, cause: "forbidden" });
  });

  it("not found: 404 from the JSON route and the file route; the action returns the same state", async () => {
    const cookie = await signedInCookie();
    expect(await refused(await press({ id: "no-such-declaration", status: "DRAFT", version: 0 }, { cookie }))).toMatchObject({ status: 404, cause: "notFound" });
    expect(await refused(await fileOf("no-such-file", { cookie }))).toMatchObject({ status: 404, cause: "notFound" });
    expect(await runAction(z.object({}), {}, async () => Promise.reject(notFound()))).toEqual({ ok: false, cause: "notFound", message: "记录不存在或您无权查看" });
  });

  it("invalid: 400 with the field's message from the route; the action returns the same state", async () => {
    const cookie = await signedInCookie();
    const route = await refused(await press({ id: "x", status: "DRAFT", version: -1 }, { cookie }));
    expect(route).toMatchObject({ status: 400, cause: "invalid", message: "请按提示修改后重新提交" });
    expect(Object.keys(route.fieldErrors)).toEqual(["version"]);
    const action = await runAction(z.object({ version: z.number().int().min(0, "版本不正确") }), { version: -1 }, async () => "never");
    expect(action).toEqual({ ok: false, cause: "invalid", message: "请按提示修改后重新提交", fieldErrors: { version: "版本不正确" } });
    expect(await refused(await submitRoute(post("/api/declarations/submit", "{not json", { cookie })))).toMatchObject({ status: 400, cause: "invalid" });
  });

  it("too large: 413 from the route (by Content-Length and by the bytes read)", async () => {
    const cookie = await signedInCookie();
    const big = JSON.stringify({ id: "a".repeat(4096), status: "DRAFT", version: 0 });
    expect(await refused(await submitRoute(post("/api/declarations/submit", big, { cookie })))).toMatchObject({ status: 413, cause: "tooLarge" });
  });

  it("method not allowed: 405 from the guard", async () => {
    const res = await submitRoute(new NextRequest(`${SITE}/api/declarations/submit`, { method: "PUT", body: "{}", headers: { host: "localhost" } }));
    expect(await refused(res)).toMatchObject({ status: 405, cause: "methodNotAllowed" });
  });
});

describe("one chain for every route", () => {
  it("every route handler answers through lib/http/route.ts (liveness and next-auth's own aside)", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    const routes = readdirSync(path.join(root, "app"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith("route.ts"));
    const outside = routes.filter((f) => !/(personRoute|publicRoute|serveFile)\(/.test(readFileSync(path.join(root, "app", f), "utf8")));
    expect(outside.sort()).toEqual(["api/auth/[...nextauth]/route.ts", "api/health/route.ts"]);
  });
});
