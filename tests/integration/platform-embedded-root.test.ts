import { spawnSync } from "node:child_process";
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readlinkSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { installationFor, postgresAccount, RELOCATED_DATA_ROOT } from "@/lib/db/postgres-account";
import { sqlRows } from "../support/sql-rows";

// Under root the embedded server runs as the postgres account. A checkout inside a private (0700) directory — plain
// `mktemp -d`, or /root — hides its binaries and its .data folder from that account; both must still work.

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((clean) => clean()));

function privateDirectory() {
  const dir = mkdtempSync(path.join(tmpdir(), "zc-private-"));
  chmodSync(dir, 0o700);
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe.runIf(process.getuid?.() === 0)("内置 PostgreSQL 在私有目录中的项目里以 root 运行", () => {
  it("keeps the data of a checkout inside a 0700 directory, found through the project's path on the next start", async () => {
    const dataDir = path.join(privateDirectory(), "p/.data/postgres");
    const options = { dataDir, port: 54791, persistent: true };
    const first = await startEmbeddedDatabase(options);
    const home = readlinkSync(dataDir);
    cleanups.push(() => rmSync(home, { recursive: true, force: true }));
    expect(lstatSync(dataDir).isSymbolicLink()).toBe(true);
    expect(path.dirname(home)).toBe(RELOCATED_DATA_ROOT);
    await sqlRows(first.url, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('第一次启动')");
    await first.stop();

    const again = await startEmbeddedDatabase(options);
    expect(await sqlRows(again.url, "SELECT v FROM kept")).toEqual([{ v: "第一次启动" }]);
    await again.stop();
    expect(readlinkSync(dataDir)).toBe(home);
  });

  it("runs binaries the postgres account cannot reach from a root-held copy in the temp directory", async () => {
    const install = path.join(privateDirectory(), "node_modules/native");
    mkdirSync(path.join(install, "bin"), { recursive: true });
    writeFileSync(path.join(install, "bin/postgres"), "#!/bin/sh\nid -un\n", { mode: 0o755 });
    const account = await postgresAccount();
    const version = `test-${process.pid}-${Date.now()}`;
    const copy = installationFor(account, install, version);
    cleanups.push(() => rmSync(copy, { recursive: true, force: true }));

    expect(path.dirname(copy)).toBe(realpathSync(tmpdir()));
    expect(lstatSync(copy).uid).toBe(0);
    const ran = spawnSync(path.join(copy, "bin/postgres"), { uid: account.uid, gid: account.gid, encoding: "utf8" });
    expect(ran.stdout.trim()).toBe("postgres");
    expect(spawnSync(path.join(install, "bin/postgres"), { uid: account.uid, gid: account.gid }).error).toMatchObject({ code: "EACCES" });
    expect(installationFor(account, install, version)).toBe(copy);
  });
});
