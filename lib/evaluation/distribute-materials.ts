import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { PersonActor } from "@/lib/auth/permissions";
import { conflict, invalid, notFound } from "@/lib/errors";
import { meetingForMember } from "./meeting-access";
import { MEETING, MEETING_STATUS_LABELS } from "./rules";
import type { DistributeValues, GroupOpinionValues } from "./schemas";

/** 分发材料: the chair or a 组长 assigns a declaration of the meeting to a 评议组, before voting opens. */
export async function distributeMaterials(opts: { actor: PersonActor; ip: string; input: DistributeValues }) {
  const { input } = opts;
  return db.$transaction(async (tx) => {
    const { meeting } = await meetingForMember(tx, { actor: opts.actor, meetingId: input.meetingId, lock: "UPDATE", roles: ["CHAIR", "GROUP_LEADER"] });
    if (meeting.status !== MEETING.preparing) throw conflict(`评审会议当前状态为「${MEETING_STATUS_LABELS[meeting.status]}」，不能分发材料`);
    if (input.groupNo > meeting.committee.groupCount) throw invalid(`评委会只有${meeting.committee.groupCount}个评议组`, "groupNo");
    const { count } = await tx.meetingDeclaration.updateMany({ where: { meetingId: meeting.id, declarationId: input.declarationId }, data: { groupNo: input.groupNo } });
    if (count === 0) throw notFound("该申报不在本次评审会议中");
    await recordAudit(tx, { actor: opts.actor, ip: opts.ip, action: "分发材料", entityType: "ReviewMeeting", entityId: meeting.id, detail: { ...input } });
  });
}

/** 评议组意见: the 组长 of the group the declaration was given to (or the chair) records the group's opinion. */
export async function recordGroupOpinion(opts: { actor: PersonActor; ip: string; input: GroupOpinionValues }) {
  const { input } = opts;
  return db.$transaction(async (tx) => {
    const { meeting, member } = await meetingForMember(tx, { actor: opts.actor, meetingId: input.meetingId, lock: "UPDATE", roles: ["CHAIR", "GROUP_LEADER"] });
    if (meeting.status === MEETING.tallied) throw conflict("评审会议已统票，不能再填写评议组意见");
    const item = await tx.meetingDeclaration.findUnique({ where: { meetingId_declarationId: { meetingId: meeting.id, declarationId: input.declarationId } } });
    if (!item) throw notFound("该申报不在本次评审会议中");
    if (item.groupNo === null) throw conflict("该申报尚未分发到评议组");
    if (member.role !== "CHAIR" && member.groupNo !== item.groupNo) throw conflict(`该申报分发在第${item.groupNo}评议组，只有该组组长可以填写意见`);
    await tx.meetingDeclaration.update({ where: { meetingId_declarationId: { meetingId: meeting.id, declarationId: input.declarationId } }, data: { groupOpinion: input.opinion } });
    await recordAudit(tx, { actor: opts.actor, ip: opts.ip, action: "评议组意见", entityType: "ReviewMeeting", entityId: meeting.id, detail: { ...input } });
  });
}
