import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { OneQueryAtATime } from "@/lib/db/one-query-at-a-time";
import { poolConfig } from "@/lib/db/pools";

// lib/env.ts is the one reader of the environment in the app's code (next.config.ts, scripts/ and bench/ aside),
// and lib/db/pools.ts the one place that opens connections.

const root = path.resolve(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
    .filter((f) => !f.startsWith("lib/db/generated/"));
}

const appSources = [...sources("lib"), ...sources("app"), ...sources("components"), "proxy.ts"];

describe("one reader of the environment, one owner of connections", () => {
  it("reads process.env only in lib/env.ts", () => {
    const readers = appSources.filter((f) => f !== "lib/env.ts" && readFileSync(path.join(root, f), "utf8").includes("process.env"));
    expect(readers).toEqual([]);
  });

  it("makes pg pools and Prisma clients only in lib/db", () => {
    const makers = appSources.filter((f) => !f.startsWith("lib/db/") && /new (pg\.)?Pool\(|new PrismaClient\(|new PrismaPg\(/.test(readFileSync(path.join(root, f), "utf8")));
    expect(makers).toEqual([]);
  });

  it("gives the counter pool asynchronous commits and the main pool none", () => {
    expect(poolConfig("counters", { url: "postgres://x", size: 3 })).toMatchObject({ max: 3, options: "-c synchronous_commit=off" });
    expect(poolConfig("main", { url: "postgres://x", size: 3 })).toEqual({ connectionString: "postgres://x", max: 3, Client: OneQueryAtATime });
  });
});
