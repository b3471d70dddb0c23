import "server-only";
import { headers } from "next/headers";
import { env } from "./env";
import { parseTrustedProxies, resolveClientIp, type TrustedProxies } from "./client-ip";

// The one way the app learns a client's address (audit log, login limiter, registration limiter, /dev/sms).

let trusted: TrustedProxies | undefined;

function trustedProxies() {
  trusted ??= parseTrustedProxies(env().TRUSTED_PROXIES);
  return trusted;
}

export function ipFromHeaders(h: Headers | Record<string, string | string[] | undefined>): string {
  const raw = h instanceof Headers ? h.get("x-forwarded-for") : h["x-forwarded-for"];
  return resolveClientIp(Array.isArray(raw) ? raw.join(",") : raw, trustedProxies());
}

export async function clientIp(): Promise<string> {
  return ipFromHeaders(await headers());
}
