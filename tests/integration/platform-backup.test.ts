import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { buffer } from "node:stream/consumers";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { PrismaClient } from "@/lib/db/generated/client";
import { applyPendingMigrations } from "@/lib/db/schema-engine";
import { createBackup } from "@/lib/backup/create-backup";
import { restoreBackup } from "@/lib/backup/restore-backup";
import { localDisk } from "@/lib/storage/local-disk";
import { s3Bucket } from "@/lib/storage/s3-bucket";
import type { FileStorage } from "@/lib/storage/storage-interface";
import { seedDemo } from "@/prisma/seed/demo";
import { localS3Environment, startLocalS3, type LocalS3 } from "../support/s3-server";
import { PNG } from "./declarations-fixtures";

const serverUrl = inject("databaseUrl");
const databases: string[] = [];
const work = await mkdtemp(path.join(tmpdir(), "zc-backup-test-"));
const s3: LocalS3 = await startLocalS3({ directory: path.join(work, "s3"), buckets: ["source", "target", "other"] });

/** Where an installation keeps its files, and the environment that makes the demo seed store there too. */
type Storages = { source: FileStorage; target: FileStorage; other: FileStorage; seedEnv: Record<string, string> };

const implementations: [string, () => Storages][] = [
  [
    "本地目录",
    () => {
      const dir = (name: string) => path.join(work, `files-${name}`);
      return { source: localDisk(dir("source")), target: localDisk(dir("target")), other: localDisk(dir("other")), seedEnv: { STORAGE_ADAPTER: "local", STORAGE_DIR: dir("source") } };
    },
  ],
  [
    "S3 兼容对象存储",
    () => {
      const bucket = (name: string) => s3Bucket(s3.settings(name));
      return { source: bucket("source"), target: bucket("target"), other: bucket("other"), seedEnv: localS3Environment(s3.endpoint, "source") };
    },
  ],
];

async function admin<T>(fn: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function freshDatabase(role: string) {
  const name = `zc_backup_${role}_${randomUUID().slice(0, 8)}`;
  databases.push(name);
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
    for (const name of databases) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
  await s3.close();
  await rm(work, { recursive: true, force: true });
});

/** Runs with the environment's settings replaced by these, then puts them back. */
async function withEnv<T>(settings: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(settings).map((k) => [k, process.env[k]]));
  Object.assign(process.env, settings);
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(before)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

describe.each(implementations)("备份与恢复：%s", (kind, storagesOf) => {
  it("demo data and a declaration's attachments come back as the same rows and the same file bytes", async () => {
    const files = storagesOf();
    const archive = path.join(work, `backup-${randomUUID()}.tar.gz`);

    const source = await freshDatabase("src");
    await applyPendingMigrations(source);
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: source }) });
    const attachments = [
      { key: `declarations/${randomUUID()}`, name: "学位证书.pdf", mime: "application/pdf", bytes: Buffer.from(`%PDF-1.4\n${randomUUID()}\n%%EOF\n`) },
      { key: `declarations/${randomUUID()}`, name: "头像.png", mime: "image/png", bytes: PNG },
    ];
    let stored: { storageKey: string }[];
    try {
      // The demo seed writes its own files (photos, attachments) where the environment says.
      await withEnv(files.seedEnv, () => seedDemo(db));
      const declaration = await db.declaration.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
      for (const a of attachments) {
        await files.source.put(a.key, a.bytes);
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
    const bytesIn = async (storage: FileStorage, key: string) => buffer((await storage.open(key)).body);
    const bytes = new Map(await Promise.all(stored.map(async (f) => [f.storageKey, await bytesIn(files.source, f.storageKey)] as const)));
    expect(before.tables.Declaration.rows).toBeGreaterThan(0);
    expect(before.tables.DeclarationFile.rows).toBeGreaterThanOrEqual(2);

    const manifest = await createBackup({ databaseUrl: source, storage: files.source, file: archive });
    expect(manifest.files).toBe(before.tables.StoredFile.rows);

    // Wipe: the database and the files are gone; a new, empty installation takes their place.
    await admin((c) => c.query(`DROP DATABASE "${new URL(source).pathname.slice(1)}" WITH (FORCE)`));
    for (const key of bytes.keys()) await files.source.remove(key);
    expect(await files.source.isEmpty()).toBe(true);
    const target = await freshDatabase("dst");

    await restoreBackup({ databaseUrl: target, storage: files.target, file: archive });
    expect(await contents(target)).toEqual(before);
    expect(bytes.size).toBeGreaterThan(attachments.length);
    for (const [key, original] of bytes) expect(Buffer.compare(await bytesIn(files.target, key), original), `${kind} ${key}`).toBe(0);
    for (const a of attachments) expect(Buffer.compare(bytes.get(a.key)!, a.bytes)).toBe(0);

    // Restoring again over what is now a full installation is refused and changes nothing; so is restoring an
    // empty database beside files already stored.
    await expect(restoreBackup({ databaseUrl: target, storage: files.other, file: archive })).rejects.toThrow("目标数据库不是空的");
    expect(await contents(target)).toEqual(before);
    await expect(restoreBackup({ databaseUrl: await freshDatabase("beside"), storage: files.target, file: archive })).rejects.toThrow(
      `文件存储 ${files.target.location} 不是空的`,
    );
  }, 180_000);
});
