import "server-only";
import pg from "pg";

// A plain `pg` pool for the few public hot paths (证书查询) where Prisma's per-query overhead would dominate: one
// per process, made on first use, kept on globalThis for the dev server's reloads. Everything else uses Prisma.

const globalForPool = globalThis as unknown as { pgPool?: pg.Pool };

export function pgPool(): pg.Pool {
  if (!globalForPool.pgPool) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    globalForPool.pgPool = new pg.Pool({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  }
  return globalForPool.pgPool;
}
