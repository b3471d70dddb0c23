import "server-only";
import type { Db, Tx } from "@/lib/db/client";

/** Whether `unitId` sits somewhere below `ancestorId` along the superiors (归口 must never close a loop). */
export async function isBelow(client: Db | Tx, unitId: string, ancestorId: string): Promise<boolean> {
  const [row] = await client.$queryRaw<{ below: boolean }[]>`
    WITH RECURSIVE up(id, superior, depth) AS (
      SELECT id, "superiorId", 0 FROM "Unit" WHERE id = ${unitId}
      UNION ALL
      SELECT u.id, u."superiorId", up.depth + 1 FROM "Unit" u JOIN up ON u.id = up.superior WHERE up.depth < 32
    )
    SELECT EXISTS (SELECT 1 FROM up WHERE depth > 0 AND id = ${ancestorId}) AS below`;
  return row.below;
}
