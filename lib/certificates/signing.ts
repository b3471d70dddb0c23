import "server-only";
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import type { CertificateFields } from "./public-certificate";

// A certificate's verification code is an HMAC of its id and content under a key derived from the server secret:
// nobody without the secret can make one, and any change to the stored record changes it. The download token is a
// short-lived HMAC of the id, handed out with a successful lookup.

export type SignedContent = CertificateFields & { photoFileId: string | null };

const keys = new Map<string, Buffer>();
function key(purpose: string) {
  let k = keys.get(purpose);
  if (!k) {
    k = Buffer.from(hkdfSync("sha256", env().NEXTAUTH_SECRET, "zhicheng-certificates", purpose, 32));
    keys.set(purpose, k);
  }
  return k;
}

const hmac = (purpose: string, data: string) => createHmac("sha256", key(purpose)).update(data).digest();

function sameCode(a: string, b: string) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** 20 characters of base32 (100 bits), grouped by four for reading aloud: ABCD-EFGH-… */
export function verificationCode(c: SignedContent): string {
  const fields = [c.id, c.number, c.name, c.idNumber, c.gender, c.titleName, c.level, c.series, c.specialty, c.committee, c.approvalNo, c.obtainedOn, c.issuer, c.photoFileId ?? ""];
  const digest = hmac("verification", JSON.stringify(fields));
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  let bits = 0n;
  for (const byte of digest.subarray(0, 13)) bits = (bits << 8n) | BigInt(byte);
  let out = "";
  for (let i = 0; i < 20; i++) out += alphabet[Number((bits >> BigInt(i * 5)) & 31n)];
  return out.match(/.{4}/g)!.join("-");
}

export function verificationMatches(c: SignedContent, code: string) {
  return sameCode(verificationCode(c), code.trim().toUpperCase());
}

const DOWNLOAD_MINUTES = 30;

export function downloadToken(id: string, now = new Date()): string {
  const expires = Math.floor(now.getTime() / 1000) + DOWNLOAD_MINUTES * 60;
  return `${expires}.${hmac("download", `${id}.${expires}`).toString("base64url")}`;
}

export function downloadTokenValid(id: string, token: string, now = new Date()): boolean {
  const [expires, sig] = token.split(".");
  if (!expires || !sig || !/^\d+$/.test(expires) || Number(expires) * 1000 < now.getTime()) return false;
  return sameCode(hmac("download", `${id}.${expires}`).toString("base64url"), sig);
}
