import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/auth/safe-callback";

// The login page passes callbackUrl (already percent-decoded once by the query string) to window.location.assign;
// a browser resolves it with the WHATWG URL parser, which Node's URL implements too.
const SITE = "https://zc.example.gov.cn";
const landsOn = (raw: string) => new URL(safeCallbackPath(raw), `${SITE}/login`).origin;
const fromQuery = (query: string) => new URLSearchParams(query).get("callbackUrl");

describe("post-login redirect", () => {
  it.each([
    "callbackUrl=/%5Cevil.example/x",
    "callbackUrl=/%09/evil.example/x",
    "callbackUrl=/%0d/evil.example/x",
    "callbackUrl=/%0a/evil.example/x",
    "callbackUrl=%2F%2Fevil.example/x",
    "callbackUrl=//evil.example/x",
    "callbackUrl=///evil.example/x",
    "callbackUrl=/%5C%5Cevil.example",
    "callbackUrl=%5C%5Cevil.example",
    "callbackUrl=https://evil.example/x",
    "callbackUrl=https:evil.example",
    "callbackUrl=javascript:alert(1)",
    "callbackUrl=%20//evil.example",
    "callbackUrl=/%00/evil.example",
    "callbackUrl=data:text/html,x",
  ])("stays on this site for %s", (query) => {
    const raw = fromQuery(query)!;
    expect(landsOn(raw)).toBe(SITE);
  });

  it("keeps an ordinary path with its query and fragment", () => {
    expect(safeCallbackPath("/title/declarations?page=2#list")).toBe("/title/declarations?page=2#list");
    expect(safeCallbackPath("/portal/%E5%AF%86%E7%A0%81")).toBe("/portal/%E5%AF%86%E7%A0%81");
  });

  it("falls back to the home page for anything else", () => {
    for (const raw of [undefined, null, "", "evil.example", "/\\evil.example", "/\t/evil.example", "//evil.example"]) {
      expect(safeCallbackPath(raw)).toBe("/");
    }
  });
});
