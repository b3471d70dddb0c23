import path from "node:path";
import { localDatabaseEnv } from "../env";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded";

// DATABASE_URL when given; otherwise the embedded server whose data lives in the git-ignored .data folder.

export const DATA_DIR = path.resolve(import.meta.dirname, "../../.data");

export async function resolveDatabase(): Promise<EmbeddedDatabase> {
  const local = localDatabaseEnv();
  if (local.DATABASE_URL) return { url: local.DATABASE_URL, stop: async () => {} };
  return startEmbeddedDatabase({
    dataDir: local.EMBEDDED_PG_DIR ?? path.join(DATA_DIR, "postgres"),
    port: local.EMBEDDED_PG_PORT,
    persistent: true,
  });
}
