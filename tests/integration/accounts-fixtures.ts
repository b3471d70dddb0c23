import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { loadPersonActor } from "@/lib/auth/load-actor";
import type { DeclarationStatus } from "@/lib/db/generated/enums";
import { createPerson, createUnit } from "@/prisma/seed/factories";

// Set-up shared by the account and unit tests; every row is unique so files may run in parallel on one database.

export const IP = "127.0.0.1";
export const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
export const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

export async function actorOf(userId: string) {
  const actor = await loadPersonActor(db, userId);
  if (!actor) throw new Error("no such person");
  return actor;
}

/** A handler of a new HR bureau in the region: a reviewer of that region's unit registrations. */
export async function bureauHandler(regionCode: string) {
  const bureau = await createUnit(db, { kind: "HR_BUREAU", regionCode });
  return actorOf((await createPerson(db, { unitId: bureau.id, roles: ["UNIT_HANDLER"] })).id);
}

/** A declaration of the person in the given status, for the "declaration in progress" rule. */
export async function declarationOf(userId: string, unitId: string, status: DeclarationStatus) {
  const series = await db.titleSeries.create({ data: { name: `账号测试系列${randomUUID()}`, titles: {} } });
  const round = await db.applicationRound.create({
    data: { year: 2026, name: `账号测试批次${randomUUID()}`, seriesId: series.id, levels: ["INTERMEDIATE"], windowStart: new Date(), windowEnd: new Date(), status: "OPEN" },
  });
  return db.declaration.create({ data: { roundId: round.id, applicantId: userId, unitId, status, level: "INTERMEDIATE", titleName: "工程师", form: {} } });
}
