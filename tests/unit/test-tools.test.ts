import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { missingTestTools, setupPlan, testTools } from "@/scripts/test-tools";

// `npm test` obtains what it needs or stops before the first test. The missing tools are made missing by the PATH
// and CHROMIUM_PATH given to the check, never by uninstalling anything.

const dir = mkdtempSync(path.join(os.tmpdir(), "zc-tools-"));
const empty = mkdtempSync(path.join(os.tmpdir(), "zc-empty-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(empty, { recursive: true, force: true });
});

function stub(name: string, mode = 0o755) {
  const file = path.join(dir, name);
  writeFileSync(file, "#!/bin/sh\n");
  chmodSync(file, mode);
  return file;
}

const names = (tools: { name: string }[]) => tools.map((t) => t.name);

describe("npm test 的前置程序", () => {
  it("finds each tool on PATH (Chromium at its path) and reports the ones absent", () => {
    expect(names(missingTestTools({ PATH: empty, CHROMIUM_PATH: path.join(empty, "chromium") }))).toEqual(["chromium", "pdftotext", "haproxy"]);
    const chromium = stub("chromium");
    stub("pdftotext");
    expect(names(missingTestTools({ PATH: `${empty}${path.delimiter}${dir}`, CHROMIUM_PATH: chromium }))).toEqual(["haproxy"]);
    stub("haproxy", 0o644);
    expect(names(missingTestTools({ PATH: dir, CHROMIUM_PATH: chromium })), "not executable").toEqual(["haproxy"]);
    chmodSync(path.join(dir, "haproxy"), 0o755);
    expect(missingTestTools({ PATH: dir, CHROMIUM_PATH: chromium })).toEqual([]);
  });

  it("installs as root on Debian, and otherwise stops with one line naming the command", () => {
    const all = testTools({});
    expect(setupPlan([], { root: false, debian: true })).toEqual({ kind: "ready" });
    expect(setupPlan(all, { root: true, debian: true })).toEqual({ kind: "install", packages: ["chromium", "poppler-utils", "haproxy"] });
    const stop = setupPlan(all.slice(1), { root: false, debian: true });
    expect(stop).toMatchObject({ kind: "stop" });
    const line = (stop as { line: string }).line;
    expect(line).not.toContain("\n");
    expect(line).toContain("sudo apt-get install -y poppler-utils haproxy");
    expect((setupPlan(all, { root: true, debian: false }) as { line: string }).line).toContain("安装 chromium、pdftotext、haproxy");
  });

  // As root the run drops to an ordinary user (root would install); a checkout inside a private (0700) directory is
  // closed to that user, so there only the plan above is checked.
  const root = path.resolve(import.meta.dirname, "../..");
  const openToOthers = (dir: string): boolean => (statSync(dir).mode & 0o005) === 0o005 && (dir === path.dirname(dir) || openToOthers(path.dirname(dir)));
  const canRun = process.getuid?.() !== 0 || openToOthers(root);

  it.runIf(canRun)("npm test stops before the first test when a tool is missing and it may not install", () => {
    const tsx = createRequire(import.meta.url).resolve("tsx/cli");
    // As root it would install: run it as nobody, as an ordinary user would.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const res = spawnSync(process.execPath, [tsx, "scripts/test-all.ts"], {
      cwd: root,
      env: { NODE_ENV: "test", PATH: empty, CHROMIUM_PATH: path.join(empty, "chromium"), HOME: empty, TSX_DISABLE_CACHE: "1" },
      encoding: "utf8",
      timeout: 30_000,
      ...asUser,
    });
    expect(res.status, res.stderr).toBe(1);
    expect(res.stdout).not.toContain("▶");
    expect(res.stderr.trim().split("\n")).toHaveLength(1);
    expect(res.stderr).toMatch(/npm test 缺少 chromium.*pdftotext.*haproxy.*请先运行：sudo apt-get install -y chromium poppler-utils haproxy/);
  });
});
