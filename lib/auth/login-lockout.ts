import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { rateLimitKey } from "@/lib/client-ip";
import { AppError } from "@/lib/errors";
import { checkSignInPassword } from "./password-hash";

// Repeated failed sign-ins lock further tries for the window, per account and per client (IPv4 address, IPv6 /64);
// counters live in PostgreSQL so every server process sees the same count.

type Limiters = { account: RateLimiterPrisma; ip: RateLimiterPrisma };
let limiters: Limiters | undefined;

function get(): Limiters {
  const { LOGIN_MAX_FAILURES, LOGIN_IP_MAX_FAILURES, LOGIN_WINDOW_MINUTES } = env();
  const window = LOGIN_WINDOW_MINUTES * 60;
  limiters ??= {
    account: new RateLimiterPrisma({ storeClient: db, keyPrefix: "login-account", points: LOGIN_MAX_FAILURES, duration: window }),
    ip: new RateLimiterPrisma({ storeClient: db, keyPrefix: "login-ip", points: LOGIN_IP_MAX_FAILURES, duration: window }),
  };
  return limiters;
}

function lockedError(res: RateLimiterRes) {
  const minutes = Math.max(1, Math.ceil(res.msBeforeNext / 60_000));
  return new AppError("LOCKED", `登录失败次数过多，账号已被临时锁定，请${minutes}分钟后再试`);
}

/**
 * Throws the lock message when either counter is exhausted, after the same password work as an attempt that goes on
 * (a lock's quick answer would otherwise set it apart).
 */
export async function assertNotLocked(accountKey: string, ip: string, password: string) {
  const { account, ip: byIp } = get();
  for (const [limiter, key] of [[account, accountKey], [byIp, rateLimitKey(ip)]] as const) {
    const res = await limiter.get(key);
    if (res && res.remainingPoints <= 0 && res.msBeforeNext > 0) {
      await checkSignInPassword(null, password);
      throw lockedError(res);
    }
  }
}

/** Counts a failure; throws the lock message when this failure used up the allowance. */
export async function recordLoginFailure(accountKey: string, ip: string) {
  const { account, ip: byIp } = get();
  const results = await Promise.allSettled([account.consume(accountKey), byIp.consume(rateLimitKey(ip))]);
  for (const r of results) {
    if (r.status === "rejected" && r.reason instanceof RateLimiterRes) throw lockedError(r.reason);
    if (r.status === "fulfilled" && r.value.remainingPoints <= 0) throw lockedError(r.value);
  }
}

export async function clearLoginFailures(accountKey: string) {
  await get().account.delete(accountKey);
}
