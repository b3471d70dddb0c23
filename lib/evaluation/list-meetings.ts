import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { grantUnitIds } from "@/lib/auth/scope";
import { FILING, TALLY } from "./rules";

/** 线上评审管理: the meetings of the actor's units' committees, newest first, with their agenda's size and results. */
export async function listMeetings(opts: { actor: Actor }) {
  const unitIds = grantUnitIds(opts.actor, "evaluation.manage");
  const meetings = await db.reviewMeeting.findMany({
    where: { committee: { filing: { unitId: { in: unitIds } } } },
    orderBy: { createdAt: "desc" },
    include: { committee: { include: { filing: { select: { committeeName: true } } } }, declarations: { select: { outcome: true, groupNo: true } }, publicity: true },
  });
  const rounds = await db.applicationRound.findMany({
    where: { filing: { unitId: { in: unitIds }, status: FILING.approved } },
    select: { id: true, name: true },
    orderBy: { createdAt: "desc" },
  });
  return {
    rounds,
    meetings: meetings.map((m) => ({
      id: m.id,
      name: m.name,
      committeeName: m.committee.filing.committeeName,
      status: m.status,
      voteEnd: m.voteEnd,
      total: m.declarations.length,
      distributed: m.declarations.filter((d) => d.groupNo !== null).length,
      passed: m.declarations.filter((d) => d.outcome === TALLY.passed).length,
      failed: m.declarations.filter((d) => d.outcome === TALLY.failed).length,
      noQuorum: m.declarations.filter((d) => d.outcome === TALLY.noQuorum).length,
      publicity: m.publicity,
    })),
  };
}
