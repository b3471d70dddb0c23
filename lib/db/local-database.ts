import path from "node:path";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded";

// DATABASE_URL when given; otherwise the embedded server whose data lives in the git-ignored .data folder.

export const DATA_DIR = path.resolve(import.meta.dirname, "../../.data");

export async function resolveDatabase(): Promise<EmbeddedDatabase> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  return startEmbeddedDatabase({
    dataDir: process.env.EMBEDDED_PG_DIR ?? path.join(DATA_DIR, "postgres"),
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54320),
    persistent: true,
  });
}
