import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { loadPersonActor } from "@/lib/auth/load-actor";
import { createPerson, createUnit } from "@/prisma/seed/factories";
import type { DeclarationForm } from "@/lib/declarations/schemas";
import { sampleForm } from "@/prisma/seed/sample-form";
import { uploadDeclarationFile } from "@/lib/declarations/upload-declaration-file";
import { shanghaiLocalToInstant } from "@/lib/rounds/window";
import type { Role } from "@/lib/db/generated/enums";

// Shared set-up of the declaration tests: unique units, people and rounds, so files may run in parallel on one database.

export const IP = "127.0.0.1";
export const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

export async function actorOf(userId: string) {
  const actor = await loadPersonActor(db, userId);
  if (!actor) throw new Error("no such person");
  return actor;
}

export async function createRound(opts: { start?: string; end?: string; status?: "OPEN" | "CLOSED" | "DRAFT" } = {}) {
  const series = await db.titleSeries.create({
    data: { name: `测试系列${randomUUID()}`, titles: { JUNIOR: ["助理工程师"], INTERMEDIATE: ["工程师"], DEPUTY_SENIOR: ["高级工程师"] } },
  });
  return db.applicationRound.create({
    data: {
      year: 2026,
      name: `测试批次${randomUUID()}`,
      seriesId: series.id,
      levels: ["JUNIOR", "INTERMEDIATE", "DEPUTY_SENIOR"],
      windowStart: shanghaiLocalToInstant(opts.start ?? "2026-11-01T08:00"),
      windowEnd: shanghaiLocalToInstant(opts.end ?? "2026-11-03T17:00"),
      status: opts.status ?? "OPEN",
    },
  });
}

/** An applicant bound to a fresh unit, or someone else when told. */
export async function createApplicant(opts: { bound?: boolean; roles?: Role[] } = {}) {
  const unit = await createUnit(db);
  const user = await createPerson(db, { unitId: opts.bound === false ? null : unit.id, roles: opts.roles });
  return { unit, user, actor: await actorOf(user.id) };
}

export async function validForm(actor: Awaited<ReturnType<typeof actorOf>>, roundId: string): Promise<DeclarationForm> {
  const photo = await uploadDeclarationFile({ actor, ip: IP, kind: "photo", name: "photo.png", bytes: PNG });
  return sampleForm(roundId, photo.id);
}
