import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { DeclarationStatus } from "@/lib/db/generated/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import type { PersonActor } from "@/lib/auth/permissions";
import { conflict } from "@/lib/errors";
import { moveDeclaration } from "@/lib/declarations/move-declaration";
import { conflictSql } from "./conflict";
import { meetingForMember } from "./meeting-access";
import { MEETING, MEETING_STATUS_LABELS, TALLY, TALLY_MOVES, tallyVotes } from "./rules";

type Row = { id: string; status: DeclarationStatus; version: number; attending: number; yes: number; no: number; abstain: number };

/**
 * 统票 by the chair: closes the vote and counts each declaration's ballots. Members are the committee's size; attending
 * are the experts present who were not recused from that applicant. Without a quorum a declaration gets no result and
 * stays QUALIFIED; otherwise it moves to PASSED or FAILED through the state machine. All in one transaction.
 */
export async function tallyMeeting(opts: { actor: PersonActor; ip: string; meetingId: string; now?: Date }) {
  const now = opts.now ?? new Date();
  return db.$transaction(async (tx) => {
    const { meeting } = await meetingForMember(tx, { actor: opts.actor, meetingId: opts.meetingId, lock: "UPDATE", roles: ["CHAIR"] });
    if (meeting.status !== MEETING.voting) throw conflict(`评审会议当前状态为「${MEETING_STATUS_LABELS[meeting.status]}」，不能统票`);
    const rows = await tx.$queryRaw<Row[]>`
      SELECT d.id, d.status::text AS status, d.version,
             (SELECT count(*)::int FROM unnest(${meeting.attendingExpertIds}::text[]) a(eid) WHERE NOT ${conflictSql(Prisma.sql`a.eid`)}) AS attending,
             (SELECT count(*)::int FROM "Ballot" b WHERE b."meetingId" = md."meetingId" AND b."declarationId" = d.id AND b.choice = 'YES') AS yes,
             (SELECT count(*)::int FROM "Ballot" b WHERE b."meetingId" = md."meetingId" AND b."declarationId" = d.id AND b.choice = 'NO') AS no,
             (SELECT count(*)::int FROM "Ballot" b WHERE b."meetingId" = md."meetingId" AND b."declarationId" = d.id AND b.choice = 'ABSTAIN') AS abstain
        FROM "MeetingDeclaration" md JOIN "Declaration" d ON d.id = md."declarationId"
       WHERE md."meetingId" = ${meeting.id}
       ORDER BY d.id`;
    const members = meeting.committee.size;
    const results = [];
    for (const r of rows) {
      const outcome = tallyVotes({ members, attending: r.attending, yes: r.yes });
      await tx.meetingDeclaration.update({
        where: { meetingId_declarationId: { meetingId: meeting.id, declarationId: r.id } },
        data: { outcome, attending: r.attending, yes: r.yes, no: r.no, abstain: r.abstain },
      });
      if (outcome !== TALLY.noQuorum) {
        await moveDeclaration({
          client: tx,
          actor: opts.actor,
          ip: opts.ip,
          declaration: r,
          action: TALLY_MOVES[outcome],
          opinion: `应到${members}人，实到${r.attending}人；同意${r.yes}票，不同意${r.no}票，弃权${r.abstain}票`,
          now,
        });
      }
      results.push({ declarationId: r.id, outcome, attending: r.attending, yes: r.yes, no: r.no, abstain: r.abstain });
    }
    await tx.reviewMeeting.update({ where: { id: meeting.id }, data: { status: MEETING.tallied, talliedAt: now, version: { increment: 1 } } });
    await recordAudit(tx, { actor: opts.actor, ip: opts.ip, action: "统票", entityType: "ReviewMeeting", entityId: meeting.id, detail: { members, results } });
    return results;
  });
}
