import path from "node:path";
import { z } from "zod";

// The one reader of the environment (next.config.ts, scripts/ and bench/ aside). Parts that need little read a
// subset, so they work where the rest is not set: proxy.ts reads only the session settings, the scripts that start a
// local database only where it lives, the pools only the database's. Each subset is validated when first used, never
// at import (a build imports these modules without a database). No "server-only" mark: proxy.ts and the scripts read
// it too, and nothing read here is put into a browser bundle (Next inlines only NEXT_PUBLIC_ variables).

const sessionSchema = z.object({
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters"),
  /** https here makes the session cookie Secure (next-auth's own rule). */
  NEXTAUTH_URL: z.string().optional(),
  // A session ends after SESSION_IDLE_MINUTES without a request, and SESSION_ABSOLUTE_HOURS after sign-in however active.
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().positive().default(12),
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
});

const databaseSchema = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is required"),
  /** Connections per pool and process; lib/db/pools.ts gives the whole budget. */
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().max(1000).default(10),
});

const localDatabaseSchema = z.object({
  DATABASE_URL: z.string().optional(),
  EMBEDDED_PG_DIR: z.string().optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().positive().default(54320),
});

const schema = sessionSchema
  .extend(databaseSchema.shape)
  .extend({
    SMS_ADAPTER: z.enum(["outbox"]).default("outbox"),
    SMS_OUTBOX_PAGE: z.enum(["true", "false"]).default("false"),
    /** production: refuses the demo-only switches (the SMS outbox page). */
    APP_ENV: z.enum(["demo", "production"]).default("demo"),
    AUDIT_RETENTION_DAYS: z.coerce.number().int().min(180, "AUDIT_RETENTION_DAYS must be at least 180").default(180),
    STORAGE_ADAPTER: z.enum(["local"]).default("local"),
    STORAGE_DIR: z.string().default(path.resolve(process.cwd(), ".data/files")),
    REGISTRY_ADAPTER: z.enum(["table"]).default("table"),
    SOCIAL_INSURANCE_ADAPTER: z.enum(["table"]).default("table"),
    REAL_PERSON_ADAPTER: z.enum(["simulated"]).default("simulated"),
    LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
    LOGIN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
    LOGIN_IP_MAX_FAILURES: z.coerce.number().int().positive().default(30),
    REGISTER_IP_MAX_PER_HOUR: z.coerce.number().int().positive().default(20),
    /** Reverse proxies / load balancers whose X-Forwarded-For is believed (addresses or CIDRs, comma separated). */
    TRUSTED_PROXIES: z.string().default(""),
    // 证书查询 lookups per IP address per minute.
    LOOKUP_PER_MINUTE: z.coerce.number().int().positive().default(20),
    // The address printed in electronic certificates' QR codes (e.g. https://rcrs.example.cn); the request's origin when unset.
    PUBLIC_BASE_URL: z.string().url().optional(),
  })
  .refine((e) => !(e.APP_ENV === "production" && e.SMS_OUTBOX_PAGE === "true"), "SMS_OUTBOX_PAGE=true is for demo machines, not APP_ENV=production");

export type Env = z.infer<typeof schema>;
export type SessionEnv = z.infer<typeof sessionSchema>;
export type DatabaseEnv = z.infer<typeof databaseSchema>;

let cached: Env | undefined;
let cachedDatabase: DatabaseEnv | undefined;

/** Every setting of the app server. */
export function env(): Env {
  cached ??= schema.parse(process.env);
  return cached;
}

/** What the connection pools need, and nothing else (scripts that use Prisma have no session secret). */
export function databaseEnv(): DatabaseEnv {
  cachedDatabase ??= databaseSchema.parse(process.env);
  return cachedDatabase;
}

/**
 * The session settings, all proxy.ts may depend on. Read on each call (a few fields, microseconds) so that a
 * lifetime changed in the environment applies to the next request.
 */
export function sessionEnv(): SessionEnv {
  return sessionSchema.parse(process.env);
}

/** Where the database is when the app starts it itself (scripts/start.ts, db:migrate, the tests' setup). */
export function localDatabaseEnv() {
  return localDatabaseSchema.parse(process.env);
}

/** A child process's environment: this one's, with some variables set (the embedded PostgreSQL's log locale). */
export function childProcessEnv(set: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...set };
}
