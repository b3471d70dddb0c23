import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "@/lib/auth/permissions";
import { grantUnitIds, unitsInScopeSql } from "@/lib/auth/scope";
import { REACHED_BUREAU, START } from "@/lib/declarations/state-machine";
import { expertReadableSql } from "@/lib/evaluation/conflict";

// Who may read a declaration, as a predicate over `d` ("Declaration"): its applicant, and each reviewer from the
// moment it reaches their stage, inside their scope, and the committee's experts without a conflict. Never a DRAFT
// for anyone but the applicant.

/** The unit's handler: every declaration of the unit once submitted. */
export function unitReviewSql(actor: Actor): Prisma.Sql {
  return Prisma.sql`(d.status <> ${START}::"DeclarationStatus" AND d."unitId" IN (${unitsInScopeSql(actor, "declaration.verify")}))`;
}

/** The competent department: what was recommended to it, from its own tree. */
export function deptReviewSql(actor: Actor): Prisma.Sql {
  return Prisma.sql`(d."unitId" IN (${unitsInScopeSql(actor, "recommendation.review")})
    AND d."recommendationId" IN (SELECT id FROM "Recommendation" WHERE "targetUnitId" = ANY(${grantUnitIds(actor, "recommendation.review")}::text[])))`;
}

/** The HR bureau: what reached its queue, from its region. */
export function bureauReviewSql(actor: Actor): Prisma.Sql {
  return Prisma.sql`(d."unitId" IN (${unitsInScopeSql(actor, "qualification.review")})
    AND d."holderUnitId" = ANY(${grantUnitIds(actor, "qualification.review")}::text[])
    AND d.status = ANY(${REACHED_BUREAU}::"DeclarationStatus"[]))`;
}

export function readableDeclarationSql(actor: Actor): Prisma.Sql {
  const own = actor.kind === "person" ? Prisma.sql`d."applicantId" = ${actor.userId}` : Prisma.sql`false`;
  return Prisma.sql`(${own} OR ${unitReviewSql(actor)} OR ${deptReviewSql(actor)} OR ${bureauReviewSql(actor)} OR ${expertReadableSql(actor)})`;
}
