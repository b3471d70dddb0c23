import { decode, encode, type JWT } from "next-auth/jwt";

// The session cookie is re-issued on activity (sliding expiry) and after a password change. Its name and Secure
// flag follow next-auth's own rule: secure cookies when NEXTAUTH_URL is https.

export function secureCookies() {
  return process.env.NEXTAUTH_URL?.startsWith("https://") ?? false;
}

export function sessionCookieName() {
  return secureCookies() ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

export async function encodeSession(token: JWT, secret: string, maxAgeSeconds: number) {
  return encode({ token, secret, maxAge: maxAgeSeconds });
}

/** The token in a cookie value, or null when it is forged, damaged or past its expiry. */
export async function decodeSession(value: string | undefined, secret: string): Promise<JWT | null> {
  if (!value) return null;
  try {
    return await decode({ token: value, secret });
  } catch {
    return null;
  }
}

export function sessionCookieOptions(maxAgeSeconds: number) {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure: secureCookies(), maxAge: maxAgeSeconds };
}
