import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { MigrationAdapterFactory } from "./migration-adapter";

// Prisma's wasm schema engine, driven directly: migrations work offline and stay ordinary Prisma migration
// folders, recorded in _prisma_migrations exactly as `prisma migrate deploy` records them.

export const PRISMA_DIR = path.resolve(import.meta.dirname, "../../prisma");
export const SCHEMA_DIR = path.join(PRISMA_DIR, "schema");
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");
const LOCKFILE = "migration_lock.toml";

type Engine = {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout?: string }>;
  markMigrationRolledBack(input: unknown): Promise<unknown>;
  diagnoseMigrationHistory(input: unknown): Promise<{ failedMigrationNames: string[] }>;
  free(): void;
};

let wasmReady: Promise<{ SchemaEngine: { new: (...args: unknown[]) => Promise<Engine> } }> | undefined;

function loadWasm() {
  wasmReady ??= (async () => {
    (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = { set_message() {} };
    const require = createRequire(import.meta.url);
    const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bg = await import(bgPath);
    const bytes = await readFile(bgPath.replace(/\.js$/, ".wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
    return bg;
  })();
  return wasmReady;
}

export async function schemaFiles() {
  const names = (await readdir(SCHEMA_DIR)).filter((n) => n.endsWith(".prisma")).sort();
  return Promise.all(
    names.map(async (n) => ({ path: path.join(SCHEMA_DIR, n), content: await readFile(path.join(SCHEMA_DIR, n), "utf8") })),
  );
}

export async function migrationsList(dir = MIGRATIONS_DIR) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return {
    baseDir: dir,
    lockfile: { path: LOCKFILE, content: await readFile(path.join(dir, LOCKFILE), "utf8").catch(() => null) },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      dirs.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok", value: await readFile(path.join(dir, name, "migration.sql"), "utf8") },
        },
      })),
    ),
  };
}

async function withEngine<T>(connectionString: string, fn: (engine: Engine) => Promise<T>): Promise<T> {
  const bg = await loadWasm();
  const files = await schemaFiles();
  const factory = new MigrationAdapterFactory(connectionString);
  const engine = await bg.SchemaEngine.new(
    { datamodels: files.map((f) => [f.path, f.content]) },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  try {
    return await fn(engine);
  } finally {
    engine.free();
    await factory.disposeAll();
  }
}

const noFilters = { externalTables: [], externalEnums: [] };

/** Applies pending migrations. A migration that fails is rolled back whole and its history row removed. */
export async function applyPendingMigrations(connectionString: string, dir = MIGRATIONS_DIR): Promise<string[]> {
  const list = await migrationsList(dir);
  return withEngine(connectionString, async (engine) => {
    try {
      const out = await engine.applyMigrations({ migrationsList: list, filters: noFilters });
      return out.appliedMigrationNames;
    } catch (error) {
      await forgetFailedMigrations(connectionString);
      throw error;
    }
  });
}

async function forgetFailedMigrations(connectionString: string) {
  const pg = (await import("pg")).default;
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`DELETE FROM "_prisma_migrations" WHERE finished_at IS NULL AND rolled_back_at IS NULL`);
  } finally {
    await client.end();
  }
}

/** SQL that takes the migrations folder to the current schema; empty when they agree. */
export async function pendingSchemaChange(connectionString: string): Promise<string> {
  const list = await migrationsList();
  const files = await schemaFiles();
  return withEngine(connectionString, async (engine) => {
    const from = list.migrationDirectories.length ? { tag: "migrations", ...list } : { tag: "empty" };
    const out = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files },
      script: true,
      shadowDatabaseUrl: null,
      exitCode: true,
      filters: noFilters,
    });
    return out.exitCode === 2 ? (out.stdout ?? "") : "";
  });
}
