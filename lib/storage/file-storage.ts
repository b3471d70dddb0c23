import "server-only";
import { env } from "@/lib/env";
import { localDisk, type FileStorage } from "./local-disk";

// File storage behind an interface, chosen by STORAGE_ADAPTER.

export type { FileStorage };

export function fileStorage(): FileStorage {
  switch (env().STORAGE_ADAPTER) {
    case "local":
      return localDisk(env().STORAGE_DIR);
  }
}
