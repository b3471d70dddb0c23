import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { PersonActor } from "@/lib/auth/permissions";
import { grantUnitIds } from "@/lib/auth/scope";
import { conflict, invalid } from "@/lib/errors";
import { formatShanghai } from "@/lib/time";
import { assertFilingCanMeet } from "./assert-filing-can-meet";
import type { MeetingValues } from "./schemas";
import { MOVES } from "@/lib/declarations/state-machine";

/**
 * 线上评审管理 → 新增: a meeting of the committee in force for the round's filed committee, with every QUALIFIED
 * declaration of the round not yet on a meeting. Refused, saying why, outside an approved and valid filing.
 */
export async function createMeeting(opts: { actor: PersonActor; ip: string; input: MeetingValues; now?: Date }) {
  const today = formatShanghai(opts.now ?? new Date(), "yyyy-MM-dd");
  return db.$transaction(async (tx) => {
    const round = await tx.applicationRound.findFirst({
      where: { id: opts.input.roundId, filing: { unitId: { in: grantUnitIds(opts.actor, "evaluation.manage") } } },
    });
    if (!round?.filingId) throw invalid("请选择由本单位评委会评审的申报批次", "roundId");
    await assertFilingCanMeet(tx, round.filingId, today);
    const committee = await tx.committee.findFirst({ where: { filingId: round.filingId, status: "ACTIVE" } });
    if (!committee) throw conflict("尚未抽取评委会，请先在评委会管理中抽取");
    const declarations = await tx.$queryRaw<{ id: string }[]>`
      SELECT d.id FROM "Declaration" d
       WHERE d."roundId" = ${round.id} AND d.status = ANY(${MOVES.pass.from}::"DeclarationStatus"[])
         AND NOT EXISTS (SELECT 1 FROM "MeetingDeclaration" md WHERE md."declarationId" = d.id)
       ORDER BY d."submittedAt", d.id
       FOR UPDATE`;
    if (declarations.length === 0) throw conflict("该批次暂无待评审的资格审查通过的申报");
    const meeting = await tx.reviewMeeting.create({
      data: {
        committeeId: committee.id,
        roundId: round.id,
        name: opts.input.name,
        createdById: opts.actor.userId,
        declarations: { create: declarations.map((d) => ({ declarationId: d.id })) },
      },
    });
    await recordAudit(tx, {
      actor: opts.actor,
      ip: opts.ip,
      action: "新增评审会议",
      entityType: "ReviewMeeting",
      entityId: meeting.id,
      detail: { roundId: round.id, committeeId: committee.id, declarations: declarations.map((d) => d.id) },
    });
    return meeting;
  });
}
