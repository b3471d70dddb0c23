import "server-only";
import { db } from "@/lib/db/client";
import { FILING } from "./rules";

/** 已备案: the approved filings valid today (or later), for a round to name its evaluating committee. */
export function listFiledCommittees(today: string) {
  return db.evaluationFiling.findMany({
    where: { status: FILING.approved, validTo: { gte: today } },
    select: { id: true, committeeName: true, seriesId: true },
    orderBy: { committeeName: "asc" },
  });
}
