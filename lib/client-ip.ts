import { BlockList, isIP } from "node:net";

// Which address a request comes from. The socket's peer is the client unless it is one of the configured trusted
// proxies (TRUSTED_PROXIES: addresses or CIDR ranges, comma separated; none by default); only then is its
// X-Forwarded-For read, right to left, skipping further trusted proxies. The server entry (scripts/serve.ts) makes
// the socket's address the last entry of X-Forwarded-For, so this works from headers alone.

export type TrustedProxies = { has(address: string): boolean };

/** "::ffff:10.0.0.1" is the IPv4 address 10.0.0.1 reached over an IPv6 socket. */
function plainAddress(raw: string) {
  const address = raw.trim().replace(/^\[|\]$/g, "");
  return address.toLowerCase().startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

export function parseTrustedProxies(setting: string | undefined): TrustedProxies {
  const list = new BlockList();
  for (const entry of (setting ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
    const [address, bits] = entry.split("/");
    const family = isIP(plainAddress(address)) === 6 ? "ipv6" : "ipv4";
    if (!isIP(plainAddress(address)) || (bits !== undefined && !/^\d{1,3}$/.test(bits))) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    }
    if (bits === undefined) list.addAddress(plainAddress(address), family);
    else list.addSubnet(plainAddress(address), Number(bits), family);
  }
  return {
    has(raw) {
      const address = plainAddress(raw);
      const family = isIP(address);
      return family !== 0 && list.check(address, family === 6 ? "ipv6" : "ipv4");
    },
  };
}

/** The client's address from an X-Forwarded-For whose last entry is the socket's peer. */
export function resolveClientIp(forwardedFor: string | null | undefined, trusted: TrustedProxies): string {
  const chain = (forwardedFor ?? "").split(",").map(plainAddress).filter(Boolean);
  for (let i = chain.length - 1; i >= 0; i--) {
    if (!isIP(chain[i])) return i === chain.length - 1 ? "unknown" : chain[i + 1];
    if (!trusted.has(chain[i])) return chain[i];
  }
  return chain[0] ?? "unknown";
}

const FORWARDED = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded", "x-real-ip"];

/**
 * For the server entry, before the app sees a request: forwarded headers from an untrusted peer are dropped (Next then
 * fills them from the socket), and the peer is appended to X-Forwarded-For as a proxy would.
 */
export function stampForwardedHeaders(headers: Record<string, string | string[] | undefined>, peer: string, trusted: TrustedProxies) {
  if (!trusted.has(peer)) for (const name of FORWARDED) delete headers[name];
  const forwarded = headers["x-forwarded-for"];
  const prior = Array.isArray(forwarded) ? forwarded.join(", ") : forwarded;
  headers["x-forwarded-for"] = prior ? `${prior}, ${peer}` : peer;
}

/** An IPv6 address as its eight 16-bit groups (a trailing dotted IPv4 part counting for two). */
function ipv6Groups(address: string): number[] {
  const groupsOf = (part: string) =>
    part
      .split(":")
      .filter(Boolean)
      .flatMap((g) => {
        if (!g.includes(".")) return [parseInt(g, 16)];
        const [a, b, c, d] = g.split(".").map(Number);
        return [a * 256 + b, c * 256 + d];
      });
  const [head, tail] = address.split("::");
  if (tail === undefined) return groupsOf(head);
  const [before, after] = [groupsOf(head), groupsOf(tail)];
  return [...before, ...Array<number>(8 - before.length - after.length).fill(0), ...after];
}

/**
 * Whose requests a per-client limit counts together: an IPv4 address, or an IPv6 address's /64 — one subscriber's
 * network, inside which a client may take any of 2^64 addresses.
 */
export function rateLimitKey(ip: string): string {
  const address = plainAddress(ip).split("%")[0];
  if (isIP(address) !== 6) return address;
  return `${ipv6Groups(address.toLowerCase()).slice(0, 4).map((g) => g.toString(16)).join(":")}::/64`;
}
