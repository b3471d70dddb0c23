import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// app/ holds routes only; what components and lib need (server actions included) lives in lib/ or components/,
// so a screen's pieces can be found and reused without reaching into a route's folder.

const root = path.resolve(import.meta.dirname, "../..");
const appDir = path.join(root, "app");

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']([^"']+)["']/g;

/** The module specifiers of `source` (a file at `file`) that lead into app/. */
function importsIntoApp(file: string, source: string): string[] {
  return [...source.matchAll(SPECIFIER)]
    .map((m) => m[1])
    .filter((spec) => {
      if (spec === "@/app" || spec.startsWith("@/app/")) return true;
      if (!spec.startsWith(".")) return false;
      const target = path.resolve(path.dirname(file), spec);
      return target === appDir || target.startsWith(appDir + path.sep);
    });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe("app/ is imported by nothing in components/ or lib/", () => {
  it("recognises every way of reaching into app/", () => {
    const file = path.join(root, "components/review/some-form.tsx");
    const source = [
      'import { a } from "@/app/(portal)/title/review/actions";',
      'export { b } from "../../app/login/actions";',
      'const c = await import("@/app");',
      'import "../../app/globals.css";',
      'import { ok } from "@/lib/review/actions";',
      'import { fine } from "./app-shell";',
      'import { alsoFine } from "../ui/button";',
    ].join("\n");
    expect(importsIntoApp(file, source)).toEqual([
      "@/app/(portal)/title/review/actions",
      "../../app/login/actions",
      "@/app",
      "../../app/globals.css",
    ]);
  });

  it.each(["components", "lib"])("%s/ has no import from app/", (dir) => {
    const offenders = sourceFiles(path.join(root, dir)).flatMap((file) =>
      importsIntoApp(file, readFileSync(file, "utf8")).map((spec) => `${path.relative(root, file)} → ${spec}`),
    );
    expect(offenders).toEqual([]);
  });
});
