import { z } from "zod";
import { localDisk } from "./local-disk";
import { s3Bucket } from "./s3-bucket";
import type { FileStorage } from "./storage-interface";
import { S3_SETTINGS_REQUIRED, s3SettingsComplete, storageFields, type StorageSettings } from "./storage-settings";

// The storage that the settings name.

export function storageFrom(e: StorageSettings): FileStorage {
  switch (e.STORAGE_ADAPTER) {
    case "local":
      return localDisk(e.STORAGE_DIR);
    case "s3":
      return s3Bucket({
        endpoint: e.S3_ENDPOINT,
        region: e.S3_REGION,
        bucket: e.S3_BUCKET!,
        accessKeyId: e.S3_ACCESS_KEY_ID!,
        secretAccessKey: e.S3_SECRET_ACCESS_KEY!,
        forcePathStyle: e.S3_FORCE_PATH_STYLE === "true",
      });
  }
}

/** The storage a command's environment names. */
export function storageFromEnvironment(source: Record<string, string | undefined>): FileStorage {
  return storageFrom(z.object(storageFields).refine(s3SettingsComplete, S3_SETTINGS_REQUIRED).parse(source));
}
