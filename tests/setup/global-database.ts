import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase } from "../../lib/db/embedded";
import { freePort } from "../support/free-port";

// One real PostgreSQL for the run: a throwaway embedded server, or TEST_DATABASE_URL (e.g. the machine's
// PostgreSQL) when given. Migrated through the project's own migrate command, as a user would.

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  let url = process.env.TEST_DATABASE_URL;
  let teardown = async () => {};
  if (!url) {
    const dir = mkdtempSync(path.join(tmpdir(), "zc-test-db-"));
    const db = await startEmbeddedDatabase({ dataDir: dir, port: await freePort(), persistent: false });
    url = db.url;
    teardown = async () => {
      await db.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const migrated = spawnSync("tsx", ["scripts/db-migrate.ts"], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
  if (migrated.status !== 0) throw new Error(`migration failed: ${migrated.stderr}${migrated.stdout}`);
  project.provide("databaseUrl", url);
  return teardown;
}
