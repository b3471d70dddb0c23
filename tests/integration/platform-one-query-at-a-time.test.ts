import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPerson, createUnit } from "@/prisma/seed/factories";

// Prisma loads an include's relations with concurrent queries; inside a transaction they share one connection, where
// pg deprecates queueing them (and pg 9 refuses). The app's client sends them one after another instead.

describe("一个事务内的并发查询", () => {
  it("an include of several relations inside a transaction runs without pg's 'already executing a query' warning", async () => {
    const warnings: string[] = [];
    const listen = (w: Error) => warnings.push(w.message);
    process.on("warning", listen);
    try {
      const unit = await createUnit(db);
      const user = await createPerson(db, { unitId: unit.id, roles: ["UNIT_HANDLER"] });
      const read = await db.$transaction((tx) => tx.user.findUniqueOrThrow({ where: { id: user.id }, include: { unit: true, grants: true, bindingRequests: true } }));
      expect(read.unit?.id).toBe(unit.id);
      expect(read.grants).toHaveLength(1);
      // Warnings are emitted on the next tick.
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      process.off("warning", listen);
    }
    expect(warnings.filter((m) => m.includes("already executing a query"))).toEqual([]);
  });
});
