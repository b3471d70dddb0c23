import { randomUUID } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (OWASP-recommended memory and time cost).

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let stranger: Promise<string> | undefined;

/**
 * A sign-in's one password check, whatever the account: with no account (or none to check) it verifies against a
 * hash of a random password, so an unknown ID costs the same argon2 work as a known one and answers in the same time.
 */
export async function checkSignInPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  if (passwordHash) return verifyPassword(passwordHash, password);
  stranger ??= hashPassword(randomUUID());
  await verifyPassword(await stranger, password);
  return false;
}
