import "server-only";
import path from "node:path";
import { z } from "zod";

// Every setting the server reads, validated once.

const schema = z
  .object({
    DATABASE_URL: z.string().min(1, "DATABASE_URL is required"),
    NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters"),
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

let cached: Env | undefined;

export function env(): Env {
  cached ??= schema.parse(process.env);
  return cached;
}
