import pg from "pg";
import { databaseEnv } from "../env";
import { OneQueryAtATime } from "./one-query-at-a-time";

// Every connection the app server makes to PostgreSQL comes from here. The budget per app process, with
// DATABASE_POOL_SIZE = n (default 10):
//   - the main pool, n connections: Prisma (lib/db/client.ts) and the hot statements it would re-plan on every call,
//     sent as prepared statements on the same connections (lib/db/hot-query.ts);
//   - the counter pool, n connections: the public 证书查询 (its per-IP counter and its lookup record), whose commits do
//     not wait for the WAL flush (synchronous_commit=off): a database crash may lose the last fraction of a second of
//     counts, never a record. The only writes on it are counters.
// So 2n per process: PostgreSQL's max_connections must exceed 2n × processes (+ scripts and backups).
// One of each per process, made on first use (a build imports this module without a database), kept on globalThis
// for the dev server's module reloads.

export type PoolPurpose = "main" | "counters";

/** A pool's settings; the lookup bench's bare floor uses the counter pool's, so both run on equal terms. */
export function poolConfig(purpose: PoolPurpose, o: { url: string; size: number }): pg.PoolConfig {
  const config: pg.PoolConfig = { connectionString: o.url, max: o.size };
  // The main pool's clients send one query at a time (Prisma's includes inside a transaction: one-query-at-a-time.ts).
  return purpose === "counters" ? { ...config, options: "-c synchronous_commit=off" } : { ...config, Client: OneQueryAtATime };
}

const globalForPools = globalThis as unknown as { dbPools?: Partial<Record<PoolPurpose, pg.Pool>> };

export function pool(purpose: PoolPurpose): pg.Pool {
  const pools = (globalForPools.dbPools ??= {});
  if (!pools[purpose]) {
    const { DATABASE_URL, DATABASE_POOL_SIZE } = databaseEnv();
    pools[purpose] = new pg.Pool(poolConfig(purpose, { url: DATABASE_URL, size: DATABASE_POOL_SIZE }));
  }
  return pools[purpose];
}
