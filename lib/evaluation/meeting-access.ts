import "server-only";
import type { Tx } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/permissions";
import { forbidden, notFound } from "@/lib/errors";
import type { CommitteeRole } from "@/lib/db/generated/enums";
import { COMMITTEE_ROLE_LABELS } from "./schemas";

/**
 * The meeting as one of its committee's members sees it, locked for the caller's transaction (FOR UPDATE by those who
 * change its state, FOR SHARE by voters, so a vote and 统票 never interleave). Refused to anyone not on the committee,
 * and to members without one of the `roles` when given.
 */
export async function meetingForMember(
  tx: Tx,
  o: { actor: PersonActor; meetingId: string; lock: "UPDATE" | "SHARE"; roles?: CommitteeRole[] },
) {
  const rows =
    o.lock === "UPDATE"
      ? await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ReviewMeeting" WHERE id = ${o.meetingId} FOR UPDATE`
      : await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "ReviewMeeting" WHERE id = ${o.meetingId} FOR SHARE`;
  if (rows.length === 0) throw notFound("评审会议不存在");
  const meeting = await tx.reviewMeeting.findUniqueOrThrow({ where: { id: o.meetingId }, include: { committee: { include: { filing: true } } } });
  const member = await tx.committeeMember.findFirst({
    where: { committeeId: meeting.committeeId, expert: { userId: o.actor.userId } },
    include: { expert: true },
  });
  if (!member) throw notFound("评审会议不存在或您不是该评委会成员");
  if (o.roles && !o.roles.includes(member.role)) throw forbidden(`只有${o.roles.map((r) => COMMITTEE_ROLE_LABELS[r]).join("或")}可以执行此操作`);
  if (o.roles && !can(o.actor, o.roles.includes("GROUP_LEADER") ? "evaluation.distribute" : "evaluation.tally")) throw forbidden();
  return { meeting, member };
}


