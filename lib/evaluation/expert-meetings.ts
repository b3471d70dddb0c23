import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { CommitteeRole, DeclarationStatus, MeetingStatus, TallyOutcome, TitleLevel } from "@/lib/db/generated/enums";
import type { PersonActor } from "@/lib/auth/permissions";
import { maskIdNumber } from "@/lib/validation/id-number";
import { conflictSql } from "./conflict";

type AgendaRow = {
  meetingId: string;
  declarationId: string;
  applicantName: string;
  idNumber: string;
  unitName: string;
  level: TitleLevel;
  titleName: string;
  status: DeclarationStatus;
  groupNo: number | null;
  groupOpinion: string | null;
  outcome: TallyOutcome | null;
  attending: number | null;
  yes: number | null;
  no: number | null;
  abstain: number | null;
  voted: boolean;
};

/**
 * 在线评审: the meetings of the committees the actor sits on, each with the declarations the actor may see (none of an
 * applicant the actor must recuse from), whether the actor has voted on each (never how), and after 统票 the counts.
 */
export async function expertMeetings(opts: { actor: PersonActor }) {
  const memberships = await db.committeeMember.findMany({
    where: { expert: { userId: opts.actor.userId } },
    include: { committee: { include: { filing: { select: { committeeName: true } }, meetings: { orderBy: { createdAt: "desc" } } } } },
  });
  const meetings = memberships.flatMap((m) => m.committee.meetings.map((meeting) => ({ meeting, member: m })));
  if (meetings.length === 0) return [];
  const rows = await db.$queryRaw<AgendaRow[]>`
    SELECT md."meetingId", d.id AS "declarationId", u.name AS "applicantName", u."idNumber", un.name AS "unitName",
           d.level::text AS level, d."titleName", d.status::text AS status, md."groupNo", md."groupOpinion",
           md.outcome::text AS outcome, md.attending, md.yes, md.no, md.abstain,
           EXISTS (SELECT 1 FROM "BallotParticipation" p WHERE p."meetingId" = md."meetingId" AND p."declarationId" = d.id AND p."expertId" = cm."expertId") AS voted
      FROM "MeetingDeclaration" md
      JOIN "ReviewMeeting" m ON m.id = md."meetingId"
      JOIN "CommitteeMember" cm ON cm."committeeId" = m."committeeId"
      JOIN "Expert" e ON e.id = cm."expertId"
      JOIN "Declaration" d ON d.id = md."declarationId"
      JOIN "User" u ON u.id = d."applicantId"
      JOIN "Unit" un ON un.id = d."unitId"
     WHERE md."meetingId" = ANY(${meetings.map((m) => m.meeting.id)}::text[]) AND e."userId" = ${opts.actor.userId}
       AND NOT ${conflictSql(Prisma.sql`e.id`)}
     ORDER BY md."groupNo" NULLS FIRST, d."submittedAt", d.id`;
  const members = await db.committeeMember.findMany({
    where: { committeeId: { in: [...new Set(meetings.map((m) => m.meeting.committeeId))] } },
    include: { expert: { select: { userId: true } } },
    orderBy: [{ groupNo: "asc" }, { role: "asc" }],
  });
  const users = await db.user.findMany({ where: { id: { in: members.map((m) => m.expert.userId) } }, select: { id: true, name: true } });
  return meetings.map(({ meeting, member }) => ({
    id: meeting.id,
    name: meeting.name,
    committeeName: member.committee.filing.committeeName,
    status: meeting.status as MeetingStatus,
    voteEnd: meeting.voteEnd,
    groupCount: member.committee.groupCount,
    myRole: member.role as CommitteeRole,
    myGroupNo: member.groupNo,
    attending: meeting.attendingExpertIds.includes(member.expertId),
    members: members
      .filter((m) => m.committeeId === meeting.committeeId)
      .map((m) => ({ expertId: m.expertId, name: users.find((u) => u.id === m.expert.userId)?.name ?? "", role: m.role, groupNo: m.groupNo, attending: meeting.attendingExpertIds.includes(m.expertId) })),
    declarations: rows
      .filter((r) => r.meetingId === meeting.id)
      .map(({ idNumber, ...r }) => ({ ...r, idNumberMasked: maskIdNumber(idNumber) })),
  }));
}
export type ExpertMeeting = Awaited<ReturnType<typeof expertMeetings>>[number];
