import type pg from "pg";

/** The counter pool's settings (see pg-pool.ts), shared with the lookup bench's bare floor so both run on equal terms. */
export function counterPoolConfig(connectionString: string): pg.PoolConfig {
  return { connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10), options: "-c synchronous_commit=off" };
}
