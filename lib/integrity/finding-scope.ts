import "server-only";
import { Prisma } from "@/lib/db/generated/client";
import { scopedGrants, type PersonActor } from "@/lib/auth/permissions";
import { grantUnitIds } from "@/lib/auth/scope";

// Who reaches which findings through 诚信档案: the province bureau every person and finding; a committee-forming unit
// the people of its own results (holders of certificates it issued, experts of its 专家库) and the findings it recorded.

const everywhere = (actor: PersonActor) => scopedGrants(actor, "integrity.manage").some((g) => g.scope === "all");

/** A Prisma where on IntegrityFinding: the findings the actor sees. */
export function findingsWhere(actor: PersonActor): Prisma.IntegrityFindingWhereInput {
  return everywhere(actor) ? {} : { recordedByUnitId: { in: grantUnitIds(actor, "integrity.manage") } };
}

/** SQL condition on a "User" alias `u`: the people the actor may record a finding against. */
export function recordablePersonSql(actor: PersonActor): Prisma.Sql {
  if (everywhere(actor)) return Prisma.sql`true`;
  const units = grantUnitIds(actor, "integrity.manage");
  return Prisma.sql`(EXISTS (SELECT 1 FROM "Certificate" c WHERE c."idNumber" = u."idNumber" AND c."unitId" = ANY(${units}::text[]))
    OR EXISTS (SELECT 1 FROM "Expert" e WHERE e."userId" = u.id AND e."poolUnitId" = ANY(${units}::text[])))`;
}
