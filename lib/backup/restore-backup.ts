import { execFileSync } from "node:child_process";
import { createReadStream } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import pg from "pg";
import { applyPendingMigrations, MIGRATIONS_DIR } from "@/lib/db/schema-engine";
import type { FileStorage } from "@/lib/storage/storage-interface";
import { BACKUP_FORMAT, type BackupManifest } from "./create-backup";

// Brings an empty installation back to an archive of createBackup: the schema as it was when the archive was made
// (its own migrations), every row in one transaction, the stored files, then the migrations made since.

const BATCH = 2000;

export class RestoreRefused extends Error {}

export async function restoreBackup(opts: { databaseUrl: string; storage: FileStorage; file: string; migrationsDir?: string }): Promise<BackupManifest> {
  const migrationsDir = opts.migrationsDir ?? MIGRATIONS_DIR;
  const staging = await mkdtemp(path.join(tmpdir(), "zc-restore-"));
  try {
    execFileSync("tar", ["-xzf", path.resolve(opts.file), "-C", staging]);
    const manifest = JSON.parse(await readFile(path.join(staging, "manifest.json"), "utf8")) as BackupManifest;
    if (manifest.format !== BACKUP_FORMAT) throw new RestoreRefused(`不支持的备份格式 ${manifest.format}`);
    const known = new Set(await readdir(migrationsDir));
    const unknown = manifest.migrations.filter((m) => !known.has(m));
    if (unknown.length) throw new RestoreRefused(`备份来自更新版本的程序（未知迁移：${unknown.join(", ")}），请先升级程序再恢复`);
    await refuseUnlessEmpty(opts.databaseUrl, opts.storage, manifest.migrations);

    await applyPendingMigrations(opts.databaseUrl, await migrationsUpTo(manifest.migrations, migrationsDir, staging));
    await loadTables(opts.databaseUrl, manifest, path.join(staging, "tables"));
    if (manifest.files > 0) await putFiles(opts.storage, path.join(staging, "files"));
    await applyPendingMigrations(opts.databaseUrl, migrationsDir);
    return manifest;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** An empty installation: no rows anywhere, and no migration the archive's schema did not have yet. */
async function refuseUnlessEmpty(databaseUrl: string, storage: FileStorage, archived: string[]) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind = 'r'`,
    );
    if (rows.some((r) => r.name === "_prisma_migrations")) {
      const applied = (await client.query<{ name: string }>(`SELECT migration_name AS name FROM "_prisma_migrations"`)).rows.map((r) => r.name);
      const newer = applied.filter((m) => !archived.includes(m));
      if (newer.length) throw new RestoreRefused(`目标数据库已应用备份之后的迁移（${newer.join(", ")}），请恢复到新建的空数据库`);
    }
    for (const { name } of rows.filter((r) => r.name !== "_prisma_migrations")) {
      const { rowCount } = await client.query(`SELECT 1 FROM "${name}" LIMIT 1`);
      if (rowCount) throw new RestoreRefused(`目标数据库不是空的（表 ${name} 有数据），只能恢复到空的安装`);
    }
  } finally {
    await client.end();
  }
  if (!(await storage.isEmpty())) throw new RestoreRefused(`文件存储 ${storage.location} 不是空的`);
}

/** Every file of the archive into the storage under its key (its path below files/), streamed. */
async function putFiles(storage: FileStorage, dir: string) {
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    await storage.put(path.relative(dir, file).split(path.sep).join("/"), createReadStream(file));
  }
}

/** A migrations folder holding only the migrations the archive's schema had. */
async function migrationsUpTo(names: string[], migrationsDir: string, staging: string) {
  const dir = path.join(staging, "migrations");
  await mkdir(dir);
  await cp(path.join(migrationsDir, "migration_lock.toml"), path.join(dir, "migration_lock.toml"));
  for (const name of names) await cp(path.join(migrationsDir, name), path.join(dir, name), { recursive: true });
  return dir;
}

async function loadTables(databaseUrl: string, manifest: BackupManifest, dir: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("BEGIN");
    for (const table of manifest.tables) {
      // A table whose rows point at each other loads in one statement: foreign keys are checked at its end.
      const loaded = await loadTable(client, table.name, path.join(dir, `${table.name}.ndjson`), table.selfReferencing ? Infinity : BATCH);
      if (loaded !== table.rows) throw new Error(`表 ${table.name}：备份中 ${table.rows} 行，读出 ${loaded} 行`);
    }
    await resetSequences(client);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

async function loadTable(client: pg.Client, table: string, file: string, batchSize: number) {
  let batch: string[] = [];
  let count = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await client.query(`INSERT INTO "${table}" SELECT * FROM jsonb_populate_recordset(NULL::"${table}", $1::jsonb)`, [`[${batch.join(",")}]`]);
    count += batch.length;
    batch = [];
  };
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (!line) continue;
    batch.push(line);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return count;
}

/** Serial columns continue after the restored rows. */
async function resetSequences(client: pg.Client) {
  const { rows } = await client.query<{ table: string; column: string }>(
    `SELECT table_name AS table, column_name AS column FROM information_schema.columns
      WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`,
  );
  for (const { table, column } of rows) {
    await client.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE((SELECT max("${column}") FROM "${table}"), 0) + 1, false)`,
      [`"${table}"`, column],
    );
  }
}
