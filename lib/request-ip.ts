import "server-only";
import { headers } from "next/headers";

// Next sets X-Forwarded-For to the socket address when no proxy did; behind a reverse proxy, that proxy must set it.
export function ipFromHeaders(h: Headers | Record<string, string | string[] | undefined>): string {
  const raw = h instanceof Headers ? h.get("x-forwarded-for") : h["x-forwarded-for"];
  const first = (Array.isArray(raw) ? raw[0] : raw)?.split(",")[0]?.trim();
  return first || "unknown";
}

export async function clientIp(): Promise<string> {
  return ipFromHeaders(await headers());
}
