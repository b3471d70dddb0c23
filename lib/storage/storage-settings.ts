import path from "node:path";
import { z } from "zod";

// The file storage's settings: part of lib/env.ts's schema, and read by the commands that run outside the server
// (backup, restore, seed) so that they store where the app reads.

export const storageFields = {
  STORAGE_ADAPTER: z.enum(["local", "s3"]).default("local"),
  STORAGE_DIR: z.string().default(path.resolve(process.cwd(), ".data/files")),
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_BUCKET: z.string().min(1).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: z.enum(["true", "false"]).default("false"),
};

export type StorageSettings = z.infer<z.ZodObject<typeof storageFields>>;

export const s3SettingsComplete = (e: StorageSettings) =>
  e.STORAGE_ADAPTER !== "s3" || Boolean(e.S3_BUCKET && e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY);
export const S3_SETTINGS_REQUIRED = "STORAGE_ADAPTER=s3 needs S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY";
