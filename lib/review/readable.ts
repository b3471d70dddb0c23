import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import type { Actor, Permission } from "@/lib/auth/permissions";
import { grantUnitIds, inUnitScopeSql, unitsInScopeSql } from "@/lib/auth/scope";
import { REACHED_BUREAU, START } from "@/lib/declarations/state-machine";
import { expertReadableSql } from "@/lib/evaluation/conflict";

// Who may read a declaration, as a predicate over `d` ("Declaration"): its applicant, and each reviewer from the
// moment it reaches their stage, inside their scope, and the committee's experts without a conflict. Never a DRAFT
// for anyone but the applicant. Each reviewer's reach is written here once: their queue, their reads and the WHERE of
// their moves (lib/declarations/move-declaration.ts) all take it from reviewerScopeSql.

/** The declarations a reviewer reaches through the permission: the unit's own for its handler, the department's and the bureau's as below. */
export function reviewerScopeSql(actor: Actor, permission: Permission): Prisma.Sql {
  if (permission === "recommendation.review") return deptReviewSql(actor);
  if (permission === "qualification.review") return bureauReviewSql(actor);
  return inUnitScopeSql(Prisma.sql`d."unitId"`, actor, permission);
}

/** The unit's handler: every declaration of the unit once submitted. */
function unitReviewSql(actor: Actor): Prisma.Sql {
  return Prisma.sql`(d.status <> ${START}::"DeclarationStatus" AND ${reviewerScopeSql(actor, "declaration.verify")})`;
}

/**
 * The competent department: what was recommended to it (the recommendation's target), from its own tree. It keeps
 * seeing what it passed on; it can move only what still waits for it, by the move's own state condition.
 */
function deptReviewSql(actor: Actor): Prisma.Sql {
  return Prisma.sql`(d."unitId" IN (${unitsInScopeSql(actor, "recommendation.review")})
    AND d."recommendationId" IN (SELECT id FROM "Recommendation" WHERE "targetUnitId" = ANY(${grantUnitIds(actor, "recommendation.review")}::text[])))`;
}

/** The HR bureau: what reached its queue, from its region. */
function bureauReviewSql(actor: Actor): Prisma.Sql {
  return Prisma.sql`(d."unitId" IN (${unitsInScopeSql(actor, "qualification.review")})
    AND d."holderUnitId" = ANY(${grantUnitIds(actor, "qualification.review")}::text[])
    AND d.status = ANY(${REACHED_BUREAU}::"DeclarationStatus"[]))`;
}

export function readableDeclarationSql(actor: Actor): Prisma.Sql {
  const own = actor.kind === "person" ? Prisma.sql`d."applicantId" = ${actor.userId}` : Prisma.sql`false`;
  return Prisma.sql`(${own} OR ${unitReviewSql(actor)} OR ${deptReviewSql(actor)} OR ${bureauReviewSql(actor)} OR ${expertReadableSql(actor)})`;
}
