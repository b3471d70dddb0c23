import { describe, expect, it } from "vitest";
import { parseTrustedProxies, rateLimitKey, resolveClientIp, stampForwardedHeaders } from "@/lib/client-ip";

// What the app takes as a client's address, after the server entry has stamped the socket's peer onto the request.
function clientOf(peer: string, sent: Record<string, string>, trustedSetting = "") {
  const trusted = parseTrustedProxies(trustedSetting);
  const headers: Record<string, string | string[] | undefined> = { ...sent };
  stampForwardedHeaders(headers, peer, trusted);
  return { ip: resolveClientIp(headers["x-forwarded-for"] as string, trusted), headers };
}

describe("client address", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For the client sends", () => {
    expect(clientOf("203.0.113.7", {}).ip).toBe("203.0.113.7");
    expect(clientOf("203.0.113.7", { "x-forwarded-for": "198.51.100.1" }).ip).toBe("203.0.113.7");
    expect(clientOf("203.0.113.7", { "x-forwarded-for": "1.1.1.1, 2.2.2.2" }).ip).toBe("203.0.113.7");
    expect(clientOf("::ffff:203.0.113.7", { "x-forwarded-for": "127.0.0.1" }).ip).toBe("203.0.113.7");
  });

  it("drops forwarded host and protocol from an untrusted peer", () => {
    const { headers } = clientOf("203.0.113.7", { "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", host: "zc.example" });
    expect(headers["x-forwarded-host"]).toBeUndefined();
    expect(headers["x-forwarded-proto"]).toBeUndefined();
    expect(headers.host).toBe("zc.example");
  });

  it("reads X-Forwarded-For from a trusted proxy, right to left, skipping trusted hops", () => {
    const trusted = "10.0.0.0/8, 192.168.1.5, fd00::/8";
    expect(clientOf("10.0.0.2", { "x-forwarded-for": "198.51.100.1" }, trusted).ip).toBe("198.51.100.1");
    // A client's own forged entry sits left of the address the proxy saw.
    expect(clientOf("10.0.0.2", { "x-forwarded-for": "6.6.6.6, 198.51.100.1" }, trusted).ip).toBe("198.51.100.1");
    expect(clientOf("10.0.0.2", { "x-forwarded-for": "198.51.100.1, 192.168.1.5" }, trusted).ip).toBe("198.51.100.1");
    expect(clientOf("fd00::1", { "x-forwarded-for": "2001:db8::9" }, trusted).ip).toBe("2001:db8::9");
    // A trusted proxy that saw no client (health check from itself) is the client.
    expect(clientOf("10.0.0.2", {}, trusted).ip).toBe("10.0.0.2");
    // Garbage from behind the proxy is not an address: the last hop that is one answers for it.
    expect(clientOf("10.0.0.2", { "x-forwarded-for": "not-an-ip" }, trusted).ip).toBe("10.0.0.2");
  });

  it("refuses a setting that is not an address or range", () => {
    expect(() => parseTrustedProxies("10.0.0.0/8, proxy.internal")).toThrow(/TRUSTED_PROXIES/);
    expect(parseTrustedProxies(undefined).has("127.0.0.1")).toBe(false);
    expect(parseTrustedProxies("127.0.0.1").has("::ffff:127.0.0.1")).toBe(true);
  });
});

describe("the key a per-client limit counts by", () => {
  it("is the IPv4 address itself, and an IPv6 address's /64", () => {
    expect(rateLimitKey("203.0.113.7")).toBe("203.0.113.7");
    expect(rateLimitKey("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(rateLimitKey("2001:db8:1:2:a:b:c:d")).toBe("2001:db8:1:2::/64");
    expect(rateLimitKey("2001:0DB8:0001:0002:ffff::1")).toBe("2001:db8:1:2::/64");
    expect(rateLimitKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(rateLimitKey("2001:db8:1:2::")).toBe("2001:db8:1:2::/64");
    expect(rateLimitKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(rateLimitKey("::1")).toBe("0:0:0:0::/64");
    expect(rateLimitKey("64:ff9b::192.0.2.33")).toBe("64:ff9b:0:0::/64");
    expect(rateLimitKey("unknown")).toBe("unknown");
  });

  it("puts every address of one /64 under one key, and a neighbouring /64 under another", () => {
    const keys = new Set(["2001:db8:5:6::1", "2001:db8:5:6:ffff:ffff:ffff:ffff", "2001:db8:5:6:1234::abcd"].map(rateLimitKey));
    expect(keys.size).toBe(1);
    expect(rateLimitKey("2001:db8:5:7::1")).not.toBe(rateLimitKey("2001:db8:5:6::1"));
  });
});
