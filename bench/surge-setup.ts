import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../lib/db/generated/client";
import { createUnit, demoPasswordHash } from "../prisma/seed/factories";
import { idNumberFrom } from "../prisma/seed/identifiers";
import { sampleForm } from "../prisma/seed/sample-form";

const FORM = sampleForm("", "bench");
import { sleep } from "./server";

// What the 申报 surge benchmarks share: N applicants with a draft each in a round of their own, the window opening
// at once, and the counts after.

/** How many applicants sign in through the real credentials endpoint; the rest get a cookie minted with the server's secret. */
export const REAL_SIGN_INS = Number(process.env.BENCH_REAL_SIGN_INS ?? 20);

export async function seedApplicants(db: PrismaClient, n: number, tag: number) {
  const unit = await createUnit(db);
  const series = await db.titleSeries.create({ data: { name: `压测系列${randomUUID()}`, titles: { INTERMEDIATE: ["工程师"] } } });
  const closed = { windowStart: new Date(Date.now() + 86_400_000), windowEnd: new Date(Date.now() + 2 * 86_400_000) };
  const round = (label: string) =>
    db.applicationRound.create({ data: { year: 2026, name: `压测${label}${randomUUID()}`, seriesId: series.id, levels: ["INTERMEDIATE"], status: "OPEN", ...closed } });
  const [appRound, rawRound] = [await round("应用"), await round("基线")];
  const passwordHash = await demoPasswordHash();
  const users = Array.from({ length: n }, (_, i) => {
    const birth = new Date(Date.UTC(1970 + tag, 0, 1 + Math.floor(i / 1000))).toISOString().slice(0, 10).replaceAll("-", "");
    return { id: randomUUID(), idNumber: idNumberFrom("520102", birth, String(i % 1000).padStart(3, "0")), name: `压测申报人${i + 1}`, passwordHash, unitId: unit.id };
  });
  await db.user.createMany({ data: users });
  const drafts = (roundId: string) =>
    users.map((u) => ({ id: randomUUID(), roundId, applicantId: u.id, unitId: unit.id, level: "INTERMEDIATE" as const, titleName: "工程师", form: { ...FORM, roundId } }));
  const appDrafts = drafts(appRound.id);
  const rawDrafts = drafts(rawRound.id);
  await db.declaration.createMany({ data: [...appDrafts, ...rawDrafts] });
  return { users, appRound, rawRound, appDrafts, rawDrafts };
}

export async function counts(db: PrismaClient, roundId: string) {
  const [submitted, events] = await Promise.all([
    db.declaration.count({ where: { roundId, status: "SUBMITTED" } }),
    db.declarationEvent.count({ where: { action: "申报", declaration: { roundId } } }),
  ]);
  return { submitted, events };
}

/** Opens the round's window a moment from now and returns when it has opened. */
export async function openWindowSoon(db: PrismaClient, roundId: string) {
  const opening = new Date(Date.now() + 1500);
  await db.applicationRound.update({ where: { id: roundId }, data: { windowStart: opening, windowEnd: new Date(opening.getTime() + 3_600_000) } });
  await sleep(opening.getTime() - Date.now() + 20);
}

