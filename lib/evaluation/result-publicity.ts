import "server-only";
import { db, type Db, type Tx } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { PersonActor } from "@/lib/auth/permissions";
import { grantUnitIds } from "@/lib/auth/scope";
import { claimPending } from "@/lib/db/claim-pending";
import { conflict, invalid, notFound } from "@/lib/errors";
import { computeEndDate } from "@/lib/publicity-calendar";
import { assertPublicityEnded, assertPublicityStart } from "@/lib/publicity-period";
import { MEETING, MEETING_STATUS_LABELS, publicityDaysProblem } from "./rules";
import { PUBLICITY_STATUS_LABELS } from "@/lib/review/publicity-labels";
import { issuePassedCertificates } from "./issue-passed-certificates";
import type { ResultPublicityValues } from "./schemas";

/** A meeting of a committee the actor's unit formed (not found otherwise). */
export async function findOwnMeeting(client: Db | Tx, actor: PersonActor, meetingId: string) {
  const meeting = await client.reviewMeeting.findFirst({
    where: { id: meetingId, committee: { filing: { unitId: { in: grantUnitIds(actor, "evaluation.manage") } } } },
    include: { committee: { include: { filing: true } }, publicity: true },
  });
  if (!meeting) throw notFound("评审会议不存在或您无权查看");
  return meeting;
}

/**
 * 评审结果公示 → 保存: after 统票, at least 5 working days on the working-day calendar of 申报公示 (same end-date
 * rule and calendar), starting no earlier than today or the 统票 day; one publicity per meeting.
 */
export async function createResultPublicity(opts: { actor: PersonActor; ip: string; input: ResultPublicityValues; now?: Date }) {
  const { meetingId, ...input } = opts.input;
  const now = opts.now ?? new Date();
  const problem = publicityDaysProblem(input.workingDays);
  if (problem) throw invalid(problem, "workingDays");
  const endDate = await computeEndDate(input.startDate, input.workingDays);
  return db.$transaction(async (tx) => {
    const meeting = await findOwnMeeting(tx, opts.actor, meetingId);
    if (meeting.status !== MEETING.tallied) throw conflict(`评审会议当前状态为「${MEETING_STATUS_LABELS[meeting.status]}」，统票后才能公示评审结果`);
    if (meeting.publicity) throw conflict("该评审会议的评审结果已公示");
    assertPublicityStart(input.startDate, { now, talliedAt: meeting.talliedAt });
    const publicity = await tx.resultPublicity.create({ data: { ...input, meetingId, endDate, createdById: opts.actor.userId } });
    await recordAudit(tx, { actor: opts.actor, ip: opts.ip, action: "评审结果公示", entityType: "ResultPublicity", entityId: publicity.id, detail: { meetingId, startDate: input.startDate, workingDays: input.workingDays, endDate } });
    return publicity;
  });
}

/**
 * 完成公示: only after the end date; then the passed applicants' 评审通过确认单 can be printed and each becomes a
 * certificate awaiting 专技处 confirmation, in the same transaction. Of two presses, one wins.
 */
export async function completeResultPublicity(opts: { actor: PersonActor; ip: string; meetingId: string; now?: Date }) {
  const now = opts.now ?? new Date();
  return db.$transaction(async (tx) => {
    const meeting = await findOwnMeeting(tx, opts.actor, opts.meetingId);
    const publicity = meeting.publicity;
    if (!publicity) throw conflict("该评审会议的评审结果尚未公示");
    assertPublicityEnded(publicity.endDate, now);
    await claimPending({
      claim: () => tx.resultPublicity.updateMany({ where: { id: publicity.id, status: "OPEN" }, data: { status: "COMPLETED", completedAt: now } }),
      current: () => tx.resultPublicity.findUniqueOrThrow({ where: { id: publicity.id } }),
      labels: PUBLICITY_STATUS_LABELS,
      what: "该公示",
      verb: "再次完成公示",
    });
    const certificates = await issuePassedCertificates({ tx, actor: opts.actor, ip: opts.ip, meeting, publicity });
    await recordAudit(tx, { actor: opts.actor, ip: opts.ip, action: "完成评审结果公示", entityType: "ResultPublicity", entityId: publicity.id, detail: { meetingId: meeting.id, certificates } });
    return certificates;
  });
}
