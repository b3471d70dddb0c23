import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { PersonActor } from "@/lib/auth/permissions";
import { conflict, invalid } from "@/lib/errors";
import { shanghaiLocalToInstant } from "@/lib/rounds/window";
import { formatShanghai } from "@/lib/time";
import { assertFilingCanMeet } from "./assert-filing-can-meet";
import { meetingForMember } from "./meeting-access";
import { MEETING, MEETING_STATUS_LABELS } from "./rules";
import type { OpenVotingValues } from "./schemas";

/**
 * 开始投票: the chair records who attends and opens the voting window, once every declaration is distributed.
 * The filing must still be approved and valid: no review outside a valid filing.
 */
export async function openVoting(opts: { actor: PersonActor; ip: string; input: OpenVotingValues; now?: Date }) {
  const { input } = opts;
  const now = opts.now ?? new Date();
  return db.$transaction(async (tx) => {
    const { meeting } = await meetingForMember(tx, { actor: opts.actor, meetingId: input.meetingId, lock: "UPDATE", roles: ["CHAIR"] });
    const voteEnd = shanghaiLocalToInstant(input.voteEnd);
    if (Number.isNaN(voteEnd.getTime()) || voteEnd <= now) throw invalid("投票截止时间须晚于当前时间", "voteEnd");
    if (meeting.status !== MEETING.preparing) throw conflict(`评审会议当前状态为「${MEETING_STATUS_LABELS[meeting.status]}」，不能开始投票`);
    await assertFilingCanMeet(tx, meeting.committee.filingId, formatShanghai(now, "yyyy-MM-dd"));
    const undistributed = await tx.meetingDeclaration.count({ where: { meetingId: meeting.id, groupNo: null } });
    if (undistributed > 0) throw conflict(`还有${undistributed}份申报材料未分发到评议组`);
    const attending = [...new Set(input.attendingExpertIds)];
    const members = await tx.committeeMember.count({ where: { committeeId: meeting.committeeId, expertId: { in: attending } } });
    if (members !== attending.length) throw invalid("出席专家须为本评委会成员", "attendingExpertIds");
    if (attending.length === 0) throw invalid("请勾选出席的专家", "attendingExpertIds");
    await tx.reviewMeeting.update({
      where: { id: meeting.id },
      data: { status: MEETING.voting, attendingExpertIds: attending, voteStart: now, voteEnd, version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actor: opts.actor,
      ip: opts.ip,
      action: "开始投票",
      entityType: "ReviewMeeting",
      entityId: meeting.id,
      detail: { attending, voteEnd: voteEnd.toISOString() },
    });
  });
}
