import "server-only";
import pg from "pg";
import { counterPoolConfig } from "./pg-pool-config";

// A plain `pg` pool for the public hot path (证书查询) where Prisma's per-query overhead would dominate: one per
// process, made on first use, kept on globalThis for the dev server's reloads. Everything else uses Prisma.
// Its only writes are counters (per-IP lookups, lookup history), so its commits do not wait for the WAL flush
// (synchronous_commit=off): a database crash may lose the last fraction of a second of counts, never a record.

const globalForPool = globalThis as unknown as { pgPool?: pg.Pool };

export function pgPool(): pg.Pool {
  if (!globalForPool.pgPool) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    globalForPool.pgPool = new pg.Pool(counterPoolConfig(connectionString));
  }
  return globalForPool.pgPool;
}

