import { describe, expect, it } from "vitest";
import { readJsonBody } from "@/lib/http/read-json-body";

// A route's JSON body is read no further than its limit, with or without Content-Length.
const chunked = (parts: string[]) =>
  new Request("http://zc.example/api/x", {
    method: "POST",
    body: new ReadableStream({
      start(c) {
        for (const p of parts) c.enqueue(new TextEncoder().encode(p));
        c.close();
      },
    }),
    duplex: "half",
  } as RequestInit);

describe("readJsonBody", () => {
  it("parses a body inside the limit", async () => {
    expect(await readJsonBody(chunked(['{"name":', '"张三"}']), 100)).toEqual({ tooLarge: false, value: { name: "张三" } });
  });

  it("stops at the limit when the body arrives in chunks without a length", async () => {
    let pulled = 0;
    const endless = new Request("http://zc.example/api/x", {
      method: "POST",
      body: new ReadableStream({
        pull(c) {
          pulled += 1;
          c.enqueue(new Uint8Array(1024).fill(0x61));
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(await readJsonBody(endless, 4096)).toEqual({ tooLarge: true });
    expect(pulled).toBeLessThan(10);
  });

  it("refuses a declared length over the limit without reading the body", async () => {
    const req = new Request("http://zc.example/api/x", { method: "POST", headers: { "content-length": "5000" }, body: "x" });
    expect(await readJsonBody(req, 4096)).toEqual({ tooLarge: true });
    expect(req.bodyUsed).toBe(false);
  });

  it("gives null for a body that is not JSON, or none", async () => {
    expect(await readJsonBody(chunked(["{"]), 100)).toEqual({ tooLarge: false, value: null });
    expect(await readJsonBody(new Request("http://zc.example/api/x", { method: "POST" }), 100)).toEqual({ tooLarge: false, value: null });
  });
});
