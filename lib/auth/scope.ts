import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { scopedGrants, type Actor, type Permission } from "./permissions";

// The units whose records an actor reaches through a permission, as SQL to put in a query's WHERE, so a record
// outside the scope is simply not found. The one definition of own / tree / region / all over the database.

/** `SELECT id FROM "Unit"` restricted to the actor's scope for the permission (no rows when the actor has none). */
export function unitsInScopeSql(actor: Actor, permission: Permission): Prisma.Sql {
  const grants = scopedGrants(actor, permission);
  if (grants.some((g) => g.scope === "all")) return Prisma.sql`SELECT id FROM "Unit"`;
  const own = grants.filter((g) => g.scope === "own").map((g) => g.grant.unitId);
  const trees = grants.filter((g) => g.scope === "tree").map((g) => g.grant.unitId);
  const regions = grants.filter((g) => g.scope === "region").map((g) => g.grant.regionCode);
  if (grants.length === 0) return Prisma.sql`SELECT NULL::text AS id WHERE false`;
  // UNION (not UNION ALL) stops at a unit already reached, so even a cycle in the data cannot loop.
  return Prisma.sql`
    WITH RECURSIVE tree(id) AS (
      SELECT id FROM "Unit" WHERE id = ANY(${trees}::text[])
      UNION SELECT u.id FROM "Unit" u JOIN tree ON u."superiorId" = tree.id
    ), region(code) AS (
      SELECT code FROM "Region" WHERE code = ANY(${regions}::text[])
      UNION SELECT r.code FROM "Region" r JOIN region ON r."parentCode" = region.code
    )
    SELECT id FROM tree
    UNION SELECT id FROM "Unit" WHERE id = ANY(${own}::text[]) OR "regionCode" IN (SELECT code FROM region)`;
}

/**
 * `column IN (units in scope)`. With own units only (a handler's queues) it is a plain list, which the planner weighs
 * against the column's statistics: one unit may hold ten thousand records, and a subquery would hide that.
 */
export function inUnitScopeSql(column: Prisma.Sql, actor: Actor, permission: Permission): Prisma.Sql {
  const grants = scopedGrants(actor, permission);
  if (grants.length > 0 && grants.every((g) => g.scope === "own")) return Prisma.sql`${column} = ANY(${grants.map((g) => g.grant.unitId)}::text[])`;
  return Prisma.sql`${column} IN (${unitsInScopeSql(actor, permission)})`;
}

/** The units through whose grants the actor holds the permission (the reviewing units themselves). */
export function grantUnitIds(actor: Actor, permission: Permission): string[] {
  return [...new Set(scopedGrants(actor, permission).map((g) => g.grant.unitId))];
}

/** The ids of the units in the actor's scope for the permission, for queries that take a list. */
export async function unitIdsInScope(client: Db | Tx, actor: Actor, permission: Permission): Promise<string[]> {
  const rows = await client.$queryRaw<{ id: string }[]>`SELECT id FROM (${unitsInScopeSql(actor, permission)}) s`;
  return rows.map((r) => r.id);
}
