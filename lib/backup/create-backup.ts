import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createWriteStream } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { once } from "node:events";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import type { FileStorage } from "@/lib/storage/storage-interface";
import { tablesInLoadOrder } from "./database-tables";

// One archive (tar.gz) holding the database and the stored files as of one moment: every table is read inside one
// REPEATABLE READ transaction (one snapshot), and the files copied are exactly those the snapshot's StoredFile rows
// name (a stored file never changes once its row is committed). Rows are kept as PostgreSQL's own JSON of each
// row, so the archive needs no pg_dump of the server's major version and loads into any PostgreSQL the app supports.

export const BACKUP_FORMAT = 1;
const BATCH = 2000;

export type BackupManifest = {
  format: number;
  createdAt: string;
  migrations: string[];
  /** In load order: each after the tables its foreign keys point to. */
  tables: { name: string; rows: number; selfReferencing: boolean }[];
  files: number;
};

export async function createBackup(opts: { databaseUrl: string; storage: FileStorage; file: string }): Promise<BackupManifest> {
  const staging = await mkdtemp(path.join(tmpdir(), "zc-backup-"));
  const client = new pg.Client({ connectionString: opts.databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = (
      await client.query<{ name: string }>(
        `SELECT migration_name AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      )
    ).rows.map((r) => r.name);
    await mkdir(path.join(staging, "tables"));
    const tables: BackupManifest["tables"] = [];
    for (const table of await tablesInLoadOrder(client)) {
      tables.push({ ...table, rows: await dumpTable(client, table.name, path.join(staging, "tables", `${table.name}.ndjson`)) });
    }
    const keys = (await client.query<{ key: string }>(`SELECT "storageKey" AS key FROM "StoredFile" ORDER BY "storageKey"`)).rows.map((r) => r.key);
    await client.query("COMMIT");
    for (const key of keys) {
      const target = path.join(staging, "files", key);
      await mkdir(path.dirname(target), { recursive: true });
      await pipeline((await opts.storage.open(key)).body, createWriteStream(target));
    }
    const manifest: BackupManifest = { format: BACKUP_FORMAT, createdAt: new Date().toISOString(), migrations, tables, files: keys.length };
    await writeFile(path.join(staging, "manifest.json"), JSON.stringify(manifest, null, 2));
    await mkdir(path.dirname(path.resolve(opts.file)), { recursive: true });
    execFileSync("tar", ["-czf", path.resolve(opts.file), "-C", staging, "."]);
    return manifest;
  } finally {
    await client.end();
    await rm(staging, { recursive: true, force: true });
  }
}

/** One line of JSON per row, read through a cursor so a large table never sits in memory whole. */
async function dumpTable(client: pg.Client, table: string, file: string) {
  const out = createWriteStream(file);
  await client.query(`DECLARE dump CURSOR FOR SELECT to_jsonb(t)::text AS row FROM "${table}" t`);
  let count = 0;
  for (;;) {
    const { rows } = await client.query<{ row: string }>(`FETCH ${BATCH} FROM dump`);
    if (rows.length === 0) break;
    if (!out.write(rows.map((r) => r.row).join("\n") + "\n")) await once(out, "drain");
    count += rows.length;
  }
  await client.query("CLOSE dump");
  out.end();
  await once(out, "finish");
  return count;
}
