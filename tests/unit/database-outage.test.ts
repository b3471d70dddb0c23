import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerOutageAs503, noteRequestError, RETRY_AFTER_SECONDS } from "@/lib/database-outage";

// The server entry's part of "a page that failed for want of the database answers 503": a request whose error
// onRequestError saw as the database being unreachable turns its 500 into 503 with Retry-After; any other 500 stays.

const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    answerOutageAs503(req, res);
    // What Next does for a page that throws: onRequestError, then the error page with status 500.
    noteRequestError(req.url === "/database-down" ? refused : new Error("申报不存在"), req.headers);
    res.statusCode = 500;
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end("<h1>系统繁忙，请稍后重试</h1>");
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe("数据库不可用时的页面应答", () => {
  it("is 503 with Retry-After and the same page", async () => {
    const res = await fetch(`${base}/database-down`);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
    expect(await res.text()).toContain("系统繁忙");
  });

  it("leaves any other failure a 500", async () => {
    const res = await fetch(`${base}/other`);
    expect(res.status).toBe(500);
    expect(res.headers.get("retry-after")).toBeNull();
  });
});
