import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { PrismaClient } from "@/lib/db/generated/client";
import { applyPendingMigrations } from "@/lib/db/schema-engine";
import { createBackup } from "@/lib/backup/create-backup";
import { restoreBackup } from "@/lib/backup/restore-backup";
import { localDisk } from "@/lib/storage/local-disk";
import { seedDemo } from "@/prisma/seed/demo";
import { PNG } from "./declarations-fixtures";

const serverUrl = inject("databaseUrl");
const suffix = randomUUID().slice(0, 8);
const names = { source: `zc_backup_src_${suffix}`, target: `zc_backup_dst_${suffix}` };
const folders: string[] = [];

async function admin<T>(fn: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function freshDatabase(name: string) {
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Every table's row count and a digest of its rows, to compare two databases row for row. */
async function contents(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY tablename`,
    );
    const out: Record<string, { rows: number; digest: string }> = {};
    for (const { name } of tables) {
      const { rows } = await client.query(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(to_jsonb(t)::text, E'\\n' ORDER BY to_jsonb(t)::text), '')) AS digest FROM "${name}" t`,
      );
      out[name] = rows[0];
    }
    const migrations = (await client.query(`SELECT migration_name FROM "_prisma_migrations" ORDER BY 1`)).rows.map((r) => r.migration_name);
    return { tables: out, migrations };
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  await admin(async (c) => {
    for (const name of Object.values(names)) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

describe("备份与恢复", () => {
  it("demo data and a declaration's attachments come back as the same rows and the same file bytes", async () => {
    const work = await mkdtemp(path.join(tmpdir(), "zc-backup-test-"));
    folders.push(work);
    const sourceFiles = path.join(work, "files-source");
    const targetFiles = path.join(work, "files-target");
    const archive = path.join(work, "backup.tar.gz");

    const source = await freshDatabase(names.source);
    await applyPendingMigrations(source);
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: source }) });
    const attachments = [
      { key: `declarations/${randomUUID()}`, name: "学位证书.pdf", mime: "application/pdf", bytes: Buffer.from(`%PDF-1.4\n${randomUUID()}\n%%EOF\n`) },
      { key: `declarations/${randomUUID()}`, name: "头像.png", mime: "image/png", bytes: PNG },
    ];
    // The demo seed writes its own files (photos, attachments) into STORAGE_DIR.
    process.env.STORAGE_DIR = sourceFiles;
    let stored: { storageKey: string }[];
    try {
      await seedDemo(db);
      const declaration = await db.declaration.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
      for (const a of attachments) {
        await localDisk(sourceFiles).put(a.key, a.bytes);
        const file = await db.storedFile.create({
          data: { storageKey: a.key, originalName: a.name, mime: a.mime, size: a.bytes.length, purpose: "declaration", ownerUserId: declaration.applicantId },
        });
        await db.declarationFile.create({ data: { declarationId: declaration.id, fileId: file.id, section: "education" } });
      }
      stored = await db.storedFile.findMany({ select: { storageKey: true } });
    } finally {
      await db.$disconnect();
    }
    const before = await contents(source);
    const bytes = new Map(await Promise.all(stored.map(async (f) => [f.storageKey, await localDisk(sourceFiles).get(f.storageKey)] as const)));
    expect(before.tables.Declaration.rows).toBeGreaterThan(0);
    expect(before.tables.DeclarationFile.rows).toBeGreaterThanOrEqual(2);

    const manifest = await createBackup({ databaseUrl: source, storageDir: sourceFiles, file: archive });
    expect(manifest.files).toBe(before.tables.StoredFile.rows);

    // Wipe: the database and the files are gone; a new, empty installation takes their place.
    await admin((c) => c.query(`DROP DATABASE "${names.source}" WITH (FORCE)`));
    await rm(sourceFiles, { recursive: true });
    const target = await freshDatabase(names.target);

    await restoreBackup({ databaseUrl: target, storageDir: targetFiles, file: archive });
    expect(await contents(target)).toEqual(before);
    expect(bytes.size).toBeGreaterThan(attachments.length);
    for (const [key, original] of bytes) expect(Buffer.compare(await localDisk(targetFiles).get(key), original), key).toBe(0);
    for (const a of attachments) expect(Buffer.compare(bytes.get(a.key)!, a.bytes)).toBe(0);

    // Restoring again over what is now a full installation is refused and changes nothing.
    await expect(restoreBackup({ databaseUrl: target, storageDir: path.join(work, "files-other"), file: archive })).rejects.toThrow("目标数据库不是空的");
    expect(await contents(target)).toEqual(before);
  }, 120_000);
});
