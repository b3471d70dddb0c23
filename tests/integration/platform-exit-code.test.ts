import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { freePort } from "../support/free-port";

// A process that started an embedded PostgreSQL keeps the exit code it set: a failing test run must fail CI.
describe("内置 PostgreSQL 与进程退出码", () => {
  it("a natural exit after starting and stopping the server reports the code the process set", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "zc-exit-"));
    const script = `
      import { startEmbeddedDatabase } from "./lib/db/embedded.ts";
      const db = await startEmbeddedDatabase({ dataDir: ${JSON.stringify(dir)}, port: ${await freePort()}, persistent: false });
      await db.stop();
      process.exitCode = 3;`;
    const result = spawnSync("tsx", ["--input-type=module", "-e", script], { encoding: "utf8", timeout: 60_000 });
    rmSync(dir, { recursive: true, force: true });
    expect(result.stderr).not.toContain("TypeError");
    expect(result.status).toBe(3);
  });
});
