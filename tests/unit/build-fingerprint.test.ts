import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildIsCurrent, recordBuild } from "../../scripts/build-fingerprint";

let root: string;

function checkout() {
  root = mkdtempSync(path.join(tmpdir(), "zc-fingerprint-"));
  mkdirSync(path.join(root, "app/login"), { recursive: true });
  writeFileSync(path.join(root, "app/login/page.tsx"), "export default function Page() {}");
  writeFileSync(path.join(root, "package-lock.json"), "{}");
  mkdirSync(path.join(root, "tests"));
  mkdirSync(path.join(root, ".next"));
  writeFileSync(path.join(root, ".next/BUILD_ID"), "b1");
}

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("npm start reuses the build", () => {
  it("when nothing the build reads has changed", () => {
    checkout();
    expect(buildIsCurrent(root, ".next")).toBe(false);
    recordBuild(root, ".next");
    expect(buildIsCurrent(root, ".next")).toBe(true);
    writeFileSync(path.join(root, "tests/new.test.ts"), "// tests are not built");
    expect(buildIsCurrent(root, ".next")).toBe(true);
  });

  it.each([
    ["a page changes", "app/login/page.tsx", "export default function Page() { return null }"],
    ["a file is added", "app/login/actions.ts", "export {}"],
    ["the lockfile changes", "package-lock.json", '{"lockfileVersion":3}'],
    ["the config appears", "next.config.ts", "export default {}"],
  ])("not when %s", (_, file, content) => {
    checkout();
    recordBuild(root, ".next");
    writeFileSync(path.join(root, file), content);
    expect(buildIsCurrent(root, ".next")).toBe(false);
  });

  it("not when the build itself is gone", () => {
    checkout();
    recordBuild(root, ".next");
    rmSync(path.join(root, ".next/BUILD_ID"));
    expect(buildIsCurrent(root, ".next")).toBe(false);
  });
});
