import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { grantUnitIds } from "@/lib/auth/scope";
import { drawCommittee } from "./draw";
import { FILING } from "./rules";

/** 评委会: the actor's units' approved filings, each with its committee in force and its members by 评议组. */
export async function listCommittees(opts: { actor: Actor }) {
  const filings = await db.evaluationFiling.findMany({
    where: { unitId: { in: grantUnitIds(opts.actor, "evaluation.manage") }, status: FILING.approved },
    orderBy: { createdAt: "desc" },
    include: {
      committees: {
        where: { status: "ACTIVE" },
        include: { members: { include: { expert: true }, orderBy: [{ groupNo: "asc" }, { role: "asc" }] } },
      },
    },
  });
  const userIds = filings.flatMap((f) => f.committees.flatMap((c) => c.members.map((m) => m.expert.userId)));
  const users = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } });
  return filings.map((f) => ({
    id: f.id,
    committeeName: f.committeeName,
    level: f.level,
    specialty: f.specialty,
    validFrom: f.validFrom,
    validTo: f.validTo,
    committee: f.committees[0]
      ? {
          ...f.committees[0],
          reproduced: drawMatches(f.committees[0]),
          members: f.committees[0].members.map((m) => ({
            expertId: m.expertId,
            name: users.find((u) => u.id === m.expert.userId)?.name ?? "",
            specialty: m.expert.specialty,
            workUnitName: m.expert.workUnitName,
            role: m.role,
            groupNo: m.groupNo,
          })),
        }
      : null,
  }));
}

/** Whether the recorded seed and candidates give exactly the recorded members: the audit of a draw. */
export function drawMatches(c: { seed: string; candidateIds: string[]; size: number; groupCount: number; members: { expertId: string; role: string; groupNo: number }[] }) {
  const again = drawCommittee({ seed: c.seed, candidates: c.candidateIds, size: c.size, groups: c.groupCount });
  const leaders = new Set(again.groups.map((g) => g.leader));
  const expected = again.groups.flatMap((g, i) => g.members.map((id) => `${id}:${i + 1}:${id === again.chair ? "CHAIR" : leaders.has(id) ? "GROUP_LEADER" : "MEMBER"}`));
  const recorded = c.members.map((m) => `${m.expertId}:${m.groupNo}:${m.role}`);
  return expected.sort().join() === recorded.sort().join();
}
