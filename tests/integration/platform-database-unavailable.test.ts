import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, inject, it } from "vitest";
import { PrismaClient } from "@/lib/db/generated/client";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";

// The errors Prisma really throws, seen through isDatabaseUnavailable: a server that is not there and a
// connection the server ends mid-query are "try again"; an ordinary refusal is not.

const serverUrl = inject("databaseUrl");

async function failure(run: () => Promise<unknown>) {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

describe("数据库不可用的识别", () => {
  it("no server listening", async () => {
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://postgres:postgres@127.0.0.1:9/zhicheng" }) });
    expect(isDatabaseUnavailable(await failure(() => db.$queryRaw`SELECT 1`))).toBe(true);
    await db.$disconnect();
  });

  it("the server ends the connection during a query", async () => {
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: serverUrl, max: 1 }) });
    const [{ pid }] = await db.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
    const killer = new PrismaClient({ adapter: new PrismaPg({ connectionString: serverUrl, max: 1 }) });
    const running = failure(() => db.$queryRaw`SELECT pg_sleep(5)`);
    await new Promise((r) => setTimeout(r, 300));
    await killer.$queryRaw`SELECT pg_terminate_backend(${pid}::int)`;
    expect(isDatabaseUnavailable(await running)).toBe(true);
    // The pool drops the dead connection and the next query gets a new one.
    expect(await db.$queryRaw<{ one: number }[]>`SELECT 1 AS one`).toEqual([{ one: 1 }]);
    await Promise.all([db.$disconnect(), killer.$disconnect()]);
  });

  it("an ordinary database error is not 'unavailable'", async () => {
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: serverUrl, max: 1 }) });
    expect(isDatabaseUnavailable(await failure(() => db.$queryRaw`SELECT * FROM "NoSuchTable"`))).toBe(false);
    expect(isDatabaseUnavailable(new Error("申报不存在"))).toBe(false);
    await db.$disconnect();
  });
});
