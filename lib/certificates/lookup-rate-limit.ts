import "server-only";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { pool } from "@/lib/db/pools";
import { env } from "@/lib/env";
import { rateLimitKey } from "@/lib/client-ip";
import { RateLimited } from "@/lib/errors";

// 证书查询 is public: each client (IPv4 address, IPv6 /64) gets LOOKUP_PER_MINUTE lookups a minute, counted in PostgreSQL (table
// CertificateLookupLimit, created by the migrations) so every server process shares the count; one statement per
// lookup. Past the limit, a Chinese message says when to try again (and the route answers 429 with Retry-After).

let limiter: RateLimiterPostgres | undefined;

export async function consumeLookup(ip: string) {
  limiter ??= new RateLimiterPostgres({
    storeClient: pool("counters"),
    storeType: "pool",
    tableName: "CertificateLookupLimit",
    tableCreated: true,
    keyPrefix: "lookup",
    points: env().LOOKUP_PER_MINUTE,
    duration: 60,
  });
  try {
    await limiter.consume(rateLimitKey(ip));
  } catch (e) {
    if (!(e instanceof RateLimiterRes)) throw e;
    const seconds = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
    throw new RateLimited(`查询过于频繁，请${seconds}秒后再试`, seconds);
  }
}
