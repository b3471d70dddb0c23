import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

// `npm start` rebuilds only when something the build reads has changed: a hash of those files' contents (and of
// NEXT_PUBLIC_* settings, which are baked into the client code) is kept beside the build.

const INPUTS = ["app", "components", "lib", "public", "prisma/schema", "next.config.ts", "proxy.ts", "package.json", "package-lock.json", "tsconfig.json"];
const FILE = "build-fingerprint";

function files(root: string, entry: string): string[] {
  const full = path.join(root, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? files(root, path.join(entry, e.name)) : [path.join(entry, e.name)]));
}

export function buildFingerprint(root: string, env: NodeJS.ProcessEnv = process.env): string {
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap((entry) => files(root, entry))) {
    hash.update(`${file}\0`).update(readFileSync(path.join(root, file))).update("\0");
  }
  for (const key of Object.keys(env).filter((k) => k.startsWith("NEXT_PUBLIC_")).sort()) hash.update(`${key}=${env[key]}\0`);
  return hash.digest("hex");
}

/** The build in distDir was made from exactly these sources. */
export function buildIsCurrent(root: string, distDir: string): boolean {
  const dir = path.join(root, distDir);
  if (!existsSync(path.join(dir, "BUILD_ID")) || !existsSync(path.join(dir, FILE))) return false;
  return readFileSync(path.join(dir, FILE), "utf8") === buildFingerprint(root);
}

export function recordBuild(root: string, distDir: string) {
  writeFileSync(path.join(root, distDir, FILE), buildFingerprint(root));
}
