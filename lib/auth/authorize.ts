import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { forbidden } from "@/lib/errors";
import { can, type Actor, type Permission, type Target } from "./permissions";

// Where a unit sits: the chain of superiors and the chain of regions, read from the database for the pure check.

export async function unitTarget(client: Db | Tx, unitId: string): Promise<Target> {
  const ancestors = await client.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE up(id, superior, depth) AS (
      SELECT id, "superiorId", 0 FROM "Unit" WHERE id = ${unitId}
      UNION ALL
      SELECT u.id, u."superiorId", up.depth + 1 FROM "Unit" u JOIN up ON u.id = up.superior WHERE up.depth < 32
    )
    SELECT id FROM up WHERE depth > 0 ORDER BY depth`;
  const regions = await client.$queryRaw<{ code: string }[]>`
    WITH RECURSIVE up(code, parent, depth) AS (
      SELECT r.code, r."parentCode", 0 FROM "Region" r JOIN "Unit" u ON u."regionCode" = r.code WHERE u.id = ${unitId}
      UNION ALL
      SELECT r.code, r."parentCode", up.depth + 1 FROM "Region" r JOIN up ON r.code = up.parent WHERE up.depth < 8
    )
    SELECT code FROM up ORDER BY depth`;
  return { unitId, ancestorUnitIds: ancestors.map((a) => a.id), regionCodes: regions.map((r) => r.code) };
}

/** Refuses unless the actor holds the permission over the given unit's records. */
export async function authorizeForUnit(client: Db | Tx, actor: Actor, permission: Permission, unitId: string, message?: string) {
  if (!can(actor, permission, await unitTarget(client, unitId))) throw forbidden(message);
}

export function authorizeAnywhere(actor: Actor, permission: Permission, message?: string) {
  if (!can(actor, permission)) throw forbidden(message);
}
