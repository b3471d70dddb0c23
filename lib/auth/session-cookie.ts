import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";
import { encode, type JWT } from "next-auth/jwt";
import { sessionEnv } from "@/lib/env";

// The session cookie is re-issued on activity (sliding expiry) and after a password change. Its name and Secure
// flag follow next-auth's own rule: secure cookies when NEXTAUTH_URL is https.

export function secureCookies() {
  return sessionEnv().NEXTAUTH_URL?.startsWith("https://") ?? false;
}

export function sessionCookieName() {
  return secureCookies() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

export async function encodeSession(token: JWT, secret: string, maxAgeSeconds: number) {
  return encode({ token, secret, maxAge: maxAgeSeconds });
}

const keys = new Map<string, Uint8Array>();

/** The key next-auth derives from the secret (HKDF-SHA256, its own label), derived once rather than per request. */
function encryptionKey(secret: string) {
  let key = keys.get(secret);
  if (!key) {
    key = new Uint8Array(hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32));
    keys.set(secret, key);
  }
  return key;
}

/**
 * The token in a cookie value, or null when it is forged, damaged or past its expiry. next-auth's own decode (same
 * key, same clock tolerance), without deriving the key again through the thread pool on every request.
 */
export async function decodeSession(value: string | undefined, secret: string): Promise<JWT | null> {
  if (!value) return null;
  try {
    const { payload } = await jwtDecrypt(value, encryptionKey(secret), { clockTolerance: 15 });
    return payload as JWT;
  } catch {
    return null;
  }
}

export function sessionCookieOptions(maxAgeSeconds: number) {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure: secureCookies(), maxAge: maxAgeSeconds };
}
