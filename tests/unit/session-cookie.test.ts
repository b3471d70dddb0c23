import { describe, expect, it } from "vitest";
import { decode, encode } from "next-auth/jwt";
import { decodeSession } from "@/lib/auth/session-cookie";

const secret = "unit-secret-unit-secret-unit-secret";
const token = { sub: "user-1", name: "王申报", kind: "person" as const, sv: 3, mcp: false, sid: "s-1", st: 1_700_000_000 };

describe("decodeSession (next-auth's decode with the key derived once)", () => {
  it("reads what next-auth encodes, as next-auth's own decode does", async () => {
    const cookie = await encode({ token, secret, maxAge: 600 });
    expect(await decodeSession(cookie, secret)).toEqual(await decode({ token: cookie, secret }));
    expect(await decodeSession(cookie, secret)).toMatchObject(token);
  });

  it("has nothing for a token sealed with another secret, an altered token, an expired one or none", async () => {
    const cookie = await encode({ token, secret, maxAge: 600 });
    expect(await decodeSession(cookie, `${secret}-other`)).toBeNull();
    const altered = cookie.slice(0, -4) + (cookie.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(await decodeSession(altered, secret)).toBeNull();
    expect(await decodeSession(await encode({ token, secret, maxAge: -60 }), secret)).toBeNull();
    expect(await decodeSession(undefined, secret)).toBeNull();
  });
});
