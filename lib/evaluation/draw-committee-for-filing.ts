import "server-only";
import { randomBytes } from "node:crypto";
import { db, type Tx } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { PersonActor } from "@/lib/auth/permissions";
import { grantUnitIds } from "@/lib/auth/scope";
import { conflict, invalid, notFound } from "@/lib/errors";
import { formatShanghai } from "@/lib/time";
import { assertFilingCanMeet } from "./assert-filing-can-meet";
import { drawCommittee } from "./draw";
import { INTEGRITY_RECORD_YEARS } from "@/lib/integrity/rules";
import { committeeSizeProblem, groupSizeProblem, MEETING } from "./rules";
import { MOVES } from "@/lib/declarations/state-machine";
import type { DrawValues } from "./schemas";

/**
 * The experts who may be drawn for a filing today: in the filing unit's pool, within their term, and not recused from
 * the unit of any applicant the committee will evaluate (the QUALIFIED declarations of the rounds it evaluates), and
 * without an integrity finding in force (诚信档案).
 */
export async function eligibleExpertIds(tx: Tx, filing: { id: string; unitId: string }, today: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT e.id FROM "Expert" e
     WHERE e."poolUnitId" = ${filing.unitId} AND e."termStart" <= ${today} AND e."termEnd" >= ${today}
       AND NOT EXISTS (SELECT 1 FROM "IntegrityFinding" f WHERE f."personId" = e."userId" AND f."revokedAt" IS NULL
                        AND f."findingDate"::date + make_interval(years => ${INTEGRITY_RECORD_YEARS}) > ${today}::date)
       AND NOT (e."recuseUnitIds" && ARRAY(
         SELECT d."unitId" FROM "Declaration" d JOIN "ApplicationRound" r ON r.id = d."roundId"
          WHERE r."filingId" = ${filing.id} AND d.status = ANY(${MOVES.pass.from}::"DeclarationStatus"[])))
     ORDER BY e.id`;
  return rows.map((r) => r.id);
}

/** Chair and 组长 roles follow the committees in force: granted to their members, taken from those no longer in one. */
async function syncCommitteeRoles(tx: Tx, unitId: string, grantedById: string) {
  const leading = await tx.$queryRaw<{ userId: string; role: "COMMITTEE_CHAIR" | "GROUP_LEADER" }[]>`
    SELECT DISTINCT e."userId", CASE cm.role WHEN 'CHAIR' THEN 'COMMITTEE_CHAIR' ELSE 'GROUP_LEADER' END AS role
      FROM "CommitteeMember" cm JOIN "Committee" c ON c.id = cm."committeeId" JOIN "EvaluationFiling" f ON f.id = c."filingId"
      JOIN "Expert" e ON e.id = cm."expertId"
     WHERE f."unitId" = ${unitId} AND c.status = 'ACTIVE' AND cm.role IN ('CHAIR', 'GROUP_LEADER')`;
  const grants = await tx.roleGrant.findMany({ where: { unitId, role: { in: ["COMMITTEE_CHAIR", "GROUP_LEADER"] } } });
  const stale = grants.filter((g) => !leading.some((l) => l.userId === g.userId && l.role === g.role));
  await tx.roleGrant.deleteMany({ where: { id: { in: stale.map((g) => g.id) } } });
  for (const l of leading) {
    await tx.roleGrant.upsert({
      where: { userId_unitId_role: { userId: l.userId, unitId, role: l.role } },
      update: {},
      create: { userId: l.userId, unitId, role: l.role, grantedById },
    });
  }
}

/**
 * 评委会 → 抽取: draws the committee of a valid filing at random among the eligible experts, with a fresh seed that is
 * kept with the candidates so the draw can be audited; a new draw supersedes the last (never an edit of it).
 */
export async function drawCommitteeForFiling(opts: { actor: PersonActor; ip: string; input: DrawValues; now?: Date; seed?: string }) {
  const { input } = opts;
  const today = formatShanghai(opts.now ?? new Date(), "yyyy-MM-dd");
  return db.$transaction(async (tx) => {
    // Serialises draws of one filing.
    const [owned] = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "EvaluationFiling" WHERE id = ${input.filingId} AND "unitId" = ANY(${grantUnitIds(opts.actor, "evaluation.manage")}::text[]) FOR UPDATE`;
    if (!owned) throw notFound("评审权备案不存在或不属于本单位");
    const filing = await assertFilingCanMeet(tx, owned.id, today);
    const sizeProblem = committeeSizeProblem({ level: filing.level, formedBy: filing.specialty ? "SPECIALTY" : "SERIES", members: input.size });
    if (sizeProblem) throw invalid(sizeProblem, "size");
    const groupProblem = groupSizeProblem(Math.floor(input.size / input.groupCount));
    if (groupProblem) throw invalid(groupProblem, "groupCount");
    const voting = await tx.reviewMeeting.findFirst({ where: { committee: { filingId: filing.id, status: "ACTIVE" }, status: MEETING.voting } });
    if (voting) throw conflict(`「${voting.name}」正在投票，不能重新抽取评委会`);
    const candidates = await eligibleExpertIds(tx, filing, today);
    if (candidates.length < input.size) throw invalid(`符合条件的专家只有${candidates.length}名（聘期内且无须回避），不足${input.size}名`, "size");
    const seed = opts.seed ?? randomBytes(16).toString("hex");
    const draw = drawCommittee({ seed, candidates, size: input.size, groups: input.groupCount });
    await tx.committee.updateMany({ where: { filingId: filing.id, status: "ACTIVE" }, data: { status: "SUPERSEDED" } });
    const committee = await tx.committee.create({
      data: { filingId: filing.id, seed, candidateIds: candidates, size: input.size, groupCount: input.groupCount, drawnById: opts.actor.userId },
    });
    const leaders = new Set(draw.groups.map((g) => g.leader));
    await tx.committeeMember.createMany({
      data: draw.groups.flatMap((g, i) =>
        g.members.map((expertId) => ({
          committeeId: committee.id,
          expertId,
          groupNo: i + 1,
          role: expertId === draw.chair ? ("CHAIR" as const) : leaders.has(expertId) ? ("GROUP_LEADER" as const) : ("MEMBER" as const),
        })),
      ),
    });
    await syncCommitteeRoles(tx, filing.unitId, opts.actor.userId);
    await recordAudit(tx, {
      actor: opts.actor,
      ip: opts.ip,
      action: "抽取评委会",
      entityType: "Committee",
      entityId: committee.id,
      detail: { filingId: filing.id, seed, candidates, chair: draw.chair, groups: draw.groups },
    });
    return committee;
  });
}
