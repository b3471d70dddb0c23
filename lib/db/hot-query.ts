import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";
import { db, type Db, type Tx } from "./client";
import type { Prisma } from "./generated/client";

// The statements every request or every 申报 makes (the session's account check, a declaration's move), when not part
// of a transaction, run on a plain `pg` pool as prepared statements named by their text: each connection parses
// and plans each shape once, and sends only its parameters afterwards. Prisma's own path re-sends and re-plans the
// whole text (the move is a 3 KB statement) on every call. Inside a transaction they run on the transaction.

const globalForPool = globalThis as unknown as { hotPool?: pg.Pool };

function hotPool() {
  if (!globalForPool.hotPool) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    globalForPool.hotPool = new pg.Pool({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  }
  return globalForPool.hotPool;
}

const names = new Map<string, string>();

function nameOf(text: string) {
  let name = names.get(text);
  if (!name) {
    name = `hot-${createHash("sha1").update(text).digest("hex").slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

export async function hotQuery<T>(client: Db | Tx, sql: Prisma.Sql): Promise<T[]> {
  if (client !== db) return (client as Tx).$queryRaw<T[]>(sql);
  const text = sql.text;
  return (await hotPool().query({ name: nameOf(text), text, values: sql.values as unknown[] })).rows as T[];
}
