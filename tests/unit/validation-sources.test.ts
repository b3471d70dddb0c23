import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Every text, date and list a request can carry is built from lib/validation's pieces, which refuse what PostgreSQL
// cannot store (NUL, lone surrogates), dates outside the platform's years and lists past their bound. A raw zod
// string, date or array anywhere else would be a field that can forget those rules.

const root = path.resolve(import.meta.dirname, "../..");
const RAW = /\bz\s*\.\s*(string|iso\s*\.|array|email|url|date|coerce\s*\.\s*(string|date))\b/g;
/** Read from the environment at start-up, not from a request. */
const NOT_INPUT = new Set(["lib/env.ts", "lib/auth/session-lifetime.ts", "lib/storage/storage-settings.ts"]);

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return rel === "lib/validation" || rel === "lib/db/generated" ? [] : sources(rel);
    return /\.tsx?$/.test(e.name) && !NOT_INPUT.has(rel) ? [rel] : [];
  });
}

describe("form schemas are built from lib/validation's pieces", () => {
  it("no raw z.string(), z.iso.*, z.array() … outside lib/validation", () => {
    const files = ["lib", "app", "components"].flatMap(sources);
    expect(files.length).toBeGreaterThan(100);
    const raw = files.flatMap((file) => [...readFileSync(path.join(root, file), "utf8").matchAll(RAW)].map((m) => `${file}: ${m[0]}`));
    expect(raw).toEqual([]);
  });

  it("the scan sees a raw piece when there is one", () => {
    expect("const a = z.string().max(3); const b = z.iso.date(); const c = z .array(x)".match(RAW)).toHaveLength(3);
  });
});
