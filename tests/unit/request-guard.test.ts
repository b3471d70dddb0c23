import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { guardRequest } from "@/lib/http/request-guard";

// What proxy.ts refuses before Next parses a request; each of these reached a 500 before.
const SITE = "http://zc.example";
const action = (body: string, headers: Record<string, string> = {}) =>
  new NextRequest(`${SITE}/portal/profile`, {
    method: "POST",
    body,
    headers: { host: "zc.example", origin: SITE, "next-action": "abc", "content-type": "text/plain;charset=UTF-8", ...headers },
  });
const status = async (req: NextRequest) => (await guardRequest(req))?.status ?? "passes";

describe("request guard", () => {
  it("lets ordinary pages, queries and server actions through", async () => {
    expect(await status(new NextRequest(`${SITE}/config/units?q=%E5%BC%A0&page=2`))).toBe("passes");
    expect(await status(action(JSON.stringify([{ unitName: "贵州黔匠", note: "$$5 off", at: "$D2026-01-01T00:00:00.000Z" }])))).toBe("passes");
  });

  it("refuses control characters in the path or query with 400", async () => {
    expect(await status(new NextRequest(`${SITE}/config/units?q=%00`))).toBe(400);
    expect(await status(new NextRequest(`${SITE}/api/declarations/files/%00`))).toBe(400);
    expect(await status(new NextRequest(`${SITE}/api/declarations/files/%E0%A4%A`))).toBe(400);
  });

  it("refuses a body over the limit with 413 and a Chinese message", async () => {
    const res = await guardRequest(action("[]", { "content-length": String(13 * 1024 * 1024) }));
    expect(res?.status).toBe(413);
    expect((await res!.json()).message).toContain("单次请求不能超过12MB");
  });

  it("refuses a body sent without Content-Length once it reaches the limit (Next cuts it there for the proxy)", async () => {
    const req = action("a".repeat(12 * 1024 * 1024));
    expect(req.headers.get("content-length")).toBeNull();
    expect(await status(req)).toBe(413);
  });

  it("refuses arguments whose arrays hold more than React's decoder takes (elements and characters) with 413", async () => {
    const many = action(JSON.stringify([{ declarationIds: Array.from({ length: 200 }, () => "2027-10-01\n".repeat(500)) }]));
    const res = await guardRequest(many);
    expect(res?.status).toBe(413);
    expect((await res!.json()).message).toContain("提交的内容过多");
    expect(await status(action(JSON.stringify([{ declarationIds: Array.from({ length: 200 }, () => "a".repeat(4000)) }])))).toBe("passes");
  });

  it("refuses Origin null, malformed or foreign with 403", async () => {
    for (const origin of ["null", "http://[::1", "https://evil.example", "%"]) expect(await status(action("[]", { origin }))).toBe(403);
  });

  it("refuses server-action bodies Next's decoder would choke on", async () => {
    expect(await status(action("{not json"))).toBe(400);
    expect(await status(action(""))).toBe(400);
    expect(await status(action('{"a":1}'))).toBe(400);
    expect(await status(action("[".repeat(100) + "]".repeat(100)))).toBe(400);
    expect(await status(action('[{"status":"$"}]'))).toBe(400);
    expect(await status(action('["$K1"]'))).toBe(400);
    expect(await status(action("[]", { "content-type": "application/json" }))).toBe(400);
    expect(await status(action("--x\r\nbroken", { "content-type": "multipart/form-data; boundary=x" }))).toBe(400);
  });

  it("refuses methods the app does not serve", async () => {
    expect(await status(new NextRequest(`${SITE}/login`, { method: "DELETE" }))).toBe(405);
  });
});
