import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/permissions";

// Recusal (回避) as predicates over `d` ("Declaration"): an expert does not see, and does not vote on, a declaration
// whose applicant is of the expert's own unit, or that the expert declared a conflict with (unit or person).

/** The expert (an "Expert".id expression) has a conflict with d. */
export function conflictSql(expertId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`EXISTS (
    SELECT 1 FROM "Expert" ce JOIN "User" cu ON cu.id = ce."userId", "User" ca, "Unit" cun
     WHERE ce.id = ${expertId} AND ca.id = d."applicantId" AND cun.id = d."unitId"
       AND (ca.id = cu.id OR cu."unitId" = d."unitId" OR ce."workUnitName" = cun.name
            OR d."unitId" = ANY(ce."recuseUnitIds") OR ca."idNumber" = ANY(ce."recuseIdNumbers")))`;
}

/** The declarations on a meeting of a committee the actor sits on, without a conflict: what the expert reads. */
export function expertReadableSql(actor: Actor): Prisma.Sql {
  if (actor.kind !== "person") return Prisma.sql`false`;
  return Prisma.sql`EXISTS (
    SELECT 1 FROM "MeetingDeclaration" xmd JOIN "ReviewMeeting" xm ON xm.id = xmd."meetingId"
      JOIN "CommitteeMember" xcm ON xcm."committeeId" = xm."committeeId" JOIN "Expert" xe ON xe.id = xcm."expertId"
     WHERE xmd."declarationId" = d.id AND xe."userId" = ${actor.userId} AND NOT ${conflictSql(Prisma.sql`xe.id`)})`;
}
