import "server-only";
import { createHash } from "node:crypto";
import { db, type Db, type Tx } from "./client";
import type { Prisma } from "./generated/client";
import { pool } from "./pools";

// The statements every request or every 申报 makes (the session's account check, a declaration's move): outside a
// transaction they go, on Prisma's own connections (the main pool), as prepared statements named by their text: each
// connection parses and plans each shape once, and sends only its parameters afterwards. Prisma re-sends and
// re-plans the whole text (the move is a 3 KB statement) on every call. Inside a transaction they run on it.

const names = new Map<string, string>();

function nameOf(text: string) {
  let name = names.get(text);
  if (!name) {
    name = `hot-${createHash("sha1").update(text).digest("hex").slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

/** `client` is the caller's: the process's Prisma client (`db`), or the transaction the statement belongs to. */
export async function hotQuery<T>(client: Db | Tx, sql: Prisma.Sql): Promise<T[]> {
  if (client !== db) return (client as Tx).$queryRaw<T[]>(sql);
  const text = sql.text;
  return (await pool("main").query({ name: nameOf(text), text, values: sql.values as unknown[] })).rows as T[];
}
