import "server-only";
import { buffer } from "node:stream/consumers";
import { env } from "@/lib/env";
import { storageFrom } from "./storage-from-settings";
import type { FileStorage } from "./storage-interface";

// The app's file storage, chosen by STORAGE_ADAPTER: one per process (an S3 client keeps its connections).

let storage: FileStorage | undefined;

export function fileStorage(): FileStorage {
  storage ??= storageFrom(env());
  return storage;
}

/** A stored file's bytes in memory, for work that needs them whole (a photo placed in a PDF, a workbook read). */
export async function storedBytes(key: string): Promise<Buffer> {
  return buffer((await fileStorage().open(key)).body);
}
