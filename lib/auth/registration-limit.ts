import "server-only";
import { RateLimiterPrisma } from "rate-limiter-flexible";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";
import { rateLimitKey } from "@/lib/client-ip";
import { AppError } from "@/lib/errors";

// 个人注册 and 单位注册 create accounts; one client (IPv4 address, IPv6 /64) may create REGISTER_IP_MAX_PER_HOUR of them an hour.
// Counted when a registration succeeds, so a refused attempt writes nothing.

let limiter: RateLimiterPrisma | undefined;

function get() {
  limiter ??= new RateLimiterPrisma({ storeClient: db, keyPrefix: "register-ip", points: env().REGISTER_IP_MAX_PER_HOUR, duration: 3600 });
  return limiter;
}

export async function assertRegistrationAllowed(ip: string) {
  const res = await get().get(rateLimitKey(ip));
  if (res && res.remainingPoints <= 0 && res.msBeforeNext > 0) {
    const minutes = Math.max(1, Math.ceil(res.msBeforeNext / 60_000));
    throw new AppError("LOCKED", `本网络注册过于频繁，请${minutes}分钟后再试`);
  }
}

export async function countRegistration(ip: string) {
  await get().consume(rateLimitKey(ip)).catch(() => undefined);
}
