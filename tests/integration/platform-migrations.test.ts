import { cp, mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { applyPendingMigrations, MIGRATIONS_DIR, pendingSchemaChange } from "@/lib/db/schema-engine";
import { sqlRows } from "../support/sql-rows";

const serverUrl = inject("databaseUrl");

async function freshDatabase(name: string) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

describe("迁移", () => {
  const opened: string[] = [];
  afterAll(async () => {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    for (const name of opened) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });

  it("schema 与已提交的迁移一致（无漂移）", async () => {
    expect(await pendingSchemaChange(serverUrl)).toBe("");
  });

  it("records applied migrations as prisma migrate deploy does, and a second run applies nothing", async () => {
    const url = await freshDatabase("zc_migrate_twice");
    opened.push("zc_migrate_twice");
    const first = await applyPendingMigrations(url);
    expect(first.length).toBeGreaterThan(0);
    const rows = await sqlRows<{ migration_name: string; finished_at: Date | null; checksum: string }>(
      url,
      `SELECT migration_name, finished_at, checksum FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(first);
    expect(rows.every((r) => r.finished_at && r.checksum.length === 64)).toBe(true);
    expect(await applyPendingMigrations(url)).toEqual([]);
  });

  it("a migration that fails leaves the database as it was", async () => {
    const url = await freshDatabase("zc_migrate_broken");
    opened.push("zc_migrate_broken");
    const dir = await mkdtemp(path.join(tmpdir(), "zc-migrations-"));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    const applied = await applyPendingMigrations(url, dir);

    const broken = path.join(dir, "99990101000000_broken");
    await mkdir(broken);
    await writeFile(
      path.join(broken, "migration.sql"),
      `CREATE TABLE "half_done" ("id" INTEGER PRIMARY KEY);\nALTER TABLE "User" ADD COLUMN "nickname" TEXT;\nALTER TABLE "no_such_table" ADD COLUMN "x" INTEGER;\n`,
    );
    await expect(applyPendingMigrations(url, dir)).rejects.toThrow();

    const tables = await sqlRows<{ n: string }>(url, `SELECT to_regclass('public.half_done')::text AS n`);
    expect(tables[0].n).toBeNull();
    const cols = await sqlRows(url, `SELECT 1 FROM information_schema.columns WHERE table_name = 'User' AND column_name = 'nickname'`);
    expect(cols).toHaveLength(0);
    const history = await sqlRows<{ migration_name: string }>(url, `SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(history.map((h) => h.migration_name)).toEqual(applied);
  });
});
