import { describe, expect, it } from "vitest";
import { outboxPageOpen } from "@/lib/sms/outbox-access";
import { parseTrustedProxies, resolveClientIp, stampForwardedHeaders } from "@/lib/client-ip";

// The demo SMS outbox: on when switched on, off in production, and only for this machine — as the client address
// is resolved for a request (a remote client cannot claim 127.0.0.1 in X-Forwarded-For).
function ipOf(peer: string, forwardedFor?: string) {
  const trusted = parseTrustedProxies("");
  const headers: Record<string, string | undefined> = { "x-forwarded-for": forwardedFor };
  stampForwardedHeaders(headers, peer, trusted);
  return resolveClientIp(headers["x-forwarded-for"], trusted);
}

describe("/dev/sms", () => {
  it("opens to loopback clients when switched on", () => {
    for (const clientIp of ["127.0.0.1", "::1", ipOf("::ffff:127.0.0.1")]) {
      expect(outboxPageOpen({ enabled: true, production: false, clientIp })).toBe(true);
    }
  });

  it("stays shut to anyone else, including a remote client claiming loopback", () => {
    expect(outboxPageOpen({ enabled: true, production: false, clientIp: ipOf("203.0.113.5", "127.0.0.1") })).toBe(false);
    expect(outboxPageOpen({ enabled: true, production: false, clientIp: "192.168.1.20" })).toBe(false);
    expect(outboxPageOpen({ enabled: true, production: false, clientIp: "unknown" })).toBe(false);
  });

  it("stays shut when switched off or in production", () => {
    expect(outboxPageOpen({ enabled: false, production: false, clientIp: "127.0.0.1" })).toBe(false);
    expect(outboxPageOpen({ enabled: true, production: true, clientIp: "127.0.0.1" })).toBe(false);
  });
});
