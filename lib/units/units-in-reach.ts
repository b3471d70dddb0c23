import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { can, grantsFor, type PersonActor, type Permission } from "@/lib/auth/permissions";

/** The units whose records the actor may act on through a unit-scoped (own / tree) permission. */
export async function unitsInReach(client: Db | Tx, actor: PersonActor, permission: Permission): Promise<string[]> {
  const roots = [...new Set(grantsFor(actor, permission).map((g) => g.unitId))];
  if (roots.length === 0) return [];
  const rows = await client.$queryRaw<{ id: string; ancestors: string[] }[]>`
    WITH RECURSIVE down(id, ancestors, depth) AS (
      SELECT id, ARRAY[]::text[], 0 FROM "Unit" WHERE id = ANY(${roots})
      UNION ALL
      SELECT u.id, down.ancestors || down.id, down.depth + 1 FROM "Unit" u JOIN down ON u."superiorId" = down.id WHERE down.depth < 32
    )
    SELECT id, ancestors FROM down`;
  // The chain from the grant's unit down is enough for own/tree scopes, which are the only ones these lists use.
  const ids = rows.filter((r) => can(actor, permission, { unitId: r.id, ancestorUnitIds: [...r.ancestors].reverse(), regionCodes: [] }));
  return [...new Set(ids.map((r) => r.id))];
}
