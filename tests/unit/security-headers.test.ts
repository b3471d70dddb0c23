import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { config, proxy } from "@/proxy";
import { UNPROXIED_JSON_PATHS } from "@/lib/http/security-headers";

// proxy.ts puts the headers on every response it makes: passes, redirects and refusals; HSTS only over HTTPS.
const headersOf = async (url: string, init: ConstructorParameters<typeof NextRequest>[1] = {}) => (await proxy(new NextRequest(url, init))).headers;

describe("security headers from proxy.ts", () => {
  it("sends a fresh nonce-based CSP with frame-ancestors 'none' on a page, a redirect and a refusal", async () => {
    const page = await headersOf("http://zc.example/login");
    const redirect = await headersOf("http://zc.example/portal/password");
    const refusal = await headersOf("http://zc.example/login?q=%00");
    for (const h of [page, redirect, refusal]) {
      expect(h.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'.*frame-ancestors 'none'/);
      expect(h.get("x-content-type-options")).toBe("nosniff");
      expect(h.get("x-frame-options")).toBe("DENY");
      expect(h.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
      expect(h.get("permissions-policy")).toContain("geolocation=()");
    }
    const nonce = (h: Headers) => h.get("content-security-policy")!.match(/'nonce-([^']+)'/)![1];
    expect(nonce(page)).not.toBe(nonce(redirect));
  });

  it("adds HSTS over HTTPS only", async () => {
    expect((await headersOf("https://zc.example/login")).get("strict-transport-security")).toMatch(/max-age=31536000/);
    expect((await headersOf("http://zc.example/login", { headers: { "x-forwarded-proto": "https" } })).get("strict-transport-security")).toMatch(/max-age/);
    expect((await headersOf("http://zc.example/login")).get("strict-transport-security")).toBeNull();
  });
});

describe("what proxy.ts sees", () => {
  // next.config.ts gives its headers to exactly the paths the matcher leaves out; the two lists must agree.
  const matched = (path: string) => new RegExp(`^${config.matcher[0]}$`).test(path);

  it("leaves out the JSON endpoints that take a surge, and nothing else of the app", () => {
    for (const path of UNPROXIED_JSON_PATHS) expect(matched(path), path).toBe(false);
    for (const path of ["/login", "/title/declarations", "/api/declarations/files", "/api/certificates/import", "/api/auth/csrf", "/query/certificates"]) {
      expect(matched(path), path).toBe(true);
    }
  });
});
