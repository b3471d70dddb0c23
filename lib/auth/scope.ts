import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { forbidden } from "@/lib/errors";
import { can, scopedGrants, type Actor, type Permission } from "./permissions";

// What an actor reaches through a permission, put in the query's WHERE so a record outside it is simply not found:
// never read, then compared. The one definition of own / tree / region / all over the database, and one scope
// builder per entity on top of it, used by lists, reads and writes alike.

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

/**
 * The units the actor reaches through the permission, as a filter on a unit-id column (`undefined`: everywhere).
 * Own units need no statement; a tree or a region is resolved by one statement over the units, never the record.
 */
export async function unitIdFilter(client: Db | Tx, actor: Actor, permission: Permission): Promise<{ in: string[] } | undefined> {
  const grants = scopedGrants(actor, permission);
  if (grants.some((g) => g.scope === "all")) return undefined;
  if (grants.every((g) => g.scope === "own")) return { in: grantUnitIds(actor, permission) };
  const rows = await client.$queryRaw<{ id: string }[]>`SELECT id FROM (${unitsInScopeSql(actor, permission)}) s`;
  return { in: rows.map((r) => r.id) };
}

/** Holding a permission through no grant at all is a refusal of the actor, decided before any record is read. */
function held(actor: Actor, permissions: Permission[]): Permission[] {
  const mine = permissions.filter((p) => can(actor, p));
  if (mine.length === 0) throw forbidden();
  return mine;
}

/** Units the actor reaches through any of the permissions. */
export async function unitScope(client: Db | Tx, actor: Actor, ...permissions: Permission[]): Promise<Prisma.UnitWhereInput> {
  const filters = await Promise.all(held(actor, permissions).map((p) => unitIdFilter(client, actor, p)));
  return filters.includes(undefined) ? {} : { OR: filters.map((id) => ({ id })) };
}

/** Accounts bound to a unit the actor reaches through the permission (an unbound account is in no one's reach). */
export async function accountScope(client: Db | Tx, actor: Actor, permission: Permission): Promise<Prisma.UserWhereInput> {
  held(actor, [permission]);
  return { unitId: (await unitIdFilter(client, actor, permission)) ?? { not: null } };
}

/** 绑定单位 requests addressed to a unit the actor accepts for. */
export async function bindingRequestScope(client: Db | Tx, actor: Actor, permission: Permission): Promise<Prisma.BindingRequestWhereInput> {
  held(actor, [permission]);
  return { unitId: await unitIdFilter(client, actor, permission) };
}

/** 归口 requests addressed to a superior the actor decides for. */
export async function superiorRequestScope(client: Db | Tx, actor: Actor, permission: Permission): Promise<Prisma.SuperiorRequestWhereInput> {
  held(actor, [permission]);
  return { superiorId: await unitIdFilter(client, actor, permission) };
}

/** Role grants in a unit the actor manages roles for. */
export async function roleGrantScope(client: Db | Tx, actor: Actor, permission: Permission): Promise<Prisma.RoleGrantWhereInput> {
  held(actor, [permission]);
  return { unitId: await unitIdFilter(client, actor, permission) };
}

/** Whether the unit is in the actor's reach through the permission (what a page may offer for a unit it shows). */
export async function reaches(client: Db | Tx, actor: Actor, permission: Permission, unitId: string): Promise<boolean> {
  const filter = await unitIdFilter(client, actor, permission);
  return !filter || filter.in.includes(unitId);
}
