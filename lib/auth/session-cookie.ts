import { encode, type JWT } from "next-auth/jwt";

// The session cookie is re-issued on activity (sliding expiry) and after a password change; both need its name.

export function sessionCookieName(secure: boolean) {
  return secure ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

export async function encodeSession(token: JWT, secret: string, maxAgeSeconds: number) {
  return encode({ token, secret, maxAge: maxAgeSeconds });
}
