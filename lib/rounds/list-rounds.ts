import "server-only";
import { db } from "@/lib/db/client";

export function listRounds() {
  return db.applicationRound.findMany({ include: { series: true }, orderBy: [{ year: "desc" }, { windowStart: "desc" }] });
}

/** Rounds an applicant may declare in (drafts may be saved while a round is open). */
export function listOpenRounds() {
  return db.applicationRound.findMany({ where: { status: "OPEN" }, include: { series: true }, orderBy: { windowStart: "desc" } });
}

export function listSeries() {
  return db.titleSeries.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }] });
}

/** The rounds by name, for a queue's 申报批次 filter. */
export function listRoundOptions() {
  return db.applicationRound.findMany({ select: { id: true, name: true }, orderBy: [{ year: "desc" }, { windowStart: "desc" }] });
}
