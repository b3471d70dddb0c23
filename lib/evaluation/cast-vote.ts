import "server-only";
import { randomInt, randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { BallotChoice } from "@/lib/db/generated/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import type { PersonActor } from "@/lib/auth/permissions";
import { conflict, notFound } from "@/lib/errors";
import { formatShanghai } from "@/lib/time";
import { conflictSql } from "./conflict";
import { meetingForMember } from "./meeting-access";
import type { VoteValues } from "./schemas";
import { MEETING } from "./rules";

function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * 投票 (secret ballot): an attending expert without a conflict votes 同意 / 不同意 / 弃权 once per declaration, in person
 * (the voter is always the signed-in actor: there is no proxy), inside the voting window and before 统票.
 * The participation row says only that the expert voted. The choice goes into the declaration's ballot box, which is
 * rewritten whole at each cast, in a random order under fresh random ids: every ballot of a declaration then carries
 * the same writing transaction and nothing (id, position, time) links one ballot to one participation.
 */
export async function castVote(opts: { actor: PersonActor; ip: string; input: VoteValues; now?: Date }) {
  const { input } = opts;
  const now = opts.now ?? new Date();
  return db.$transaction(async (tx) => {
    const { meeting, member } = await meetingForMember(tx, { actor: opts.actor, meetingId: input.meetingId, lock: "SHARE" });
    if (meeting.status === MEETING.tallied) throw conflict("评审会议已统票，不能再投票");
    if (meeting.status !== MEETING.voting || !meeting.voteStart || !meeting.voteEnd || now < meeting.voteStart) throw conflict("投票尚未开始");
    if (now > meeting.voteEnd) throw conflict(`投票已于${formatShanghai(meeting.voteEnd, "yyyy-MM-dd HH:mm")}截止，不能再投票`);
    if (!meeting.attendingExpertIds.includes(member.expertId)) throw conflict("您未出席本次评审会议，不能投票");
    // The declaration's row on the agenda is the ballot box's lock: casts on one declaration take turns.
    const [item] = await tx.$queryRaw<{ conflicted: boolean }[]>`
      SELECT ${conflictSql(Prisma.sql`${member.expertId}`)} AS conflicted
        FROM "MeetingDeclaration" md JOIN "Declaration" d ON d.id = md."declarationId"
       WHERE md."meetingId" = ${meeting.id} AND md."declarationId" = ${input.declarationId}
       FOR UPDATE OF md`;
    if (!item) throw notFound("该申报不在本次评审会议中");
    if (item.conflicted) throw conflict("您须回避该申报人，不能对其投票");
    const inserted = await tx.$executeRaw`
      INSERT INTO "BallotParticipation" ("meetingId", "expertId", "declarationId")
      VALUES (${meeting.id}, ${member.expertId}, ${input.declarationId}) ON CONFLICT DO NOTHING`;
    if (inserted === 0) throw conflict("您已对该申报投票，投票后不能重复投票或更改");
    const box = await tx.ballot.findMany({ where: { meetingId: meeting.id, declarationId: input.declarationId }, select: { choice: true } });
    await tx.ballot.deleteMany({ where: { meetingId: meeting.id, declarationId: input.declarationId } });
    const choices: BallotChoice[] = shuffled([...box.map((b) => b.choice), input.choice]);
    await tx.ballot.createMany({ data: choices.map((choice) => ({ id: randomUUID(), meetingId: meeting.id, declarationId: input.declarationId, choice })) });
    // The audit says who voted on what, never how.
    await recordAudit(tx, { actor: opts.actor, ip: opts.ip, action: "投票", entityType: "ReviewMeeting", entityId: meeting.id, detail: { declarationId: input.declarationId } });
  });
}
