import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../../lib/db/generated/client";
import { startEmbeddedDatabase } from "../../../lib/db/embedded";
import { seedDemo } from "../../../prisma/seed/demo";

// First webServer of the browser run: a fresh embedded PostgreSQL, migrated and seeded with the demo data;
// answers /ready once done and stops the database when Playwright stops it.

const dir = mkdtempSync(path.join(tmpdir(), "zc-e2e-db-"));
const database = await startEmbeddedDatabase({ dataDir: dir, port: Number(process.env.E2E_DB_PORT), persistent: false });
const cleanup = async () => {
  await database.stop().catch(() => {});
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
};
process.on("SIGTERM", cleanup);
process.on("SIGINT", cleanup);

const migrated = spawnSync("tsx", ["scripts/db-migrate.ts"], { env: { ...process.env, DATABASE_URL: database.url }, stdio: "inherit" });
if (migrated.status !== 0) await cleanup();
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
await seedDemo(db);
await db.$disconnect();

createServer((_, res) => res.end("ready")).listen(Number(process.env.E2E_READY_PORT), "127.0.0.1");
