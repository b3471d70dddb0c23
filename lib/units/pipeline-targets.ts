import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { invalid } from "@/lib/errors";

// Where a recommendation goes up the chain (design §2: along the superiors, else to the region's HR bureau).

/** The HR bureau of the unit's region: the nearest bureau up the region chain (county → city → province). */
export async function regionBureauOf(client: Db | Tx, unitId: string): Promise<{ id: string; name: string }> {
  const [bureau] = await client.$queryRaw<{ id: string; name: string }[]>`
    WITH RECURSIVE up(code, parent, depth) AS (
      SELECT r.code, r."parentCode", 0 FROM "Region" r JOIN "Unit" u ON u."regionCode" = r.code WHERE u.id = ${unitId}
      UNION ALL
      SELECT r.code, r."parentCode", up.depth + 1 FROM "Region" r JOIN up ON r.code = up.parent WHERE up.depth < 8
    )
    SELECT b.id, b.name FROM "Unit" b JOIN up ON up.code = b."regionCode"
     WHERE b.kind = 'HR_BUREAU' AND b.status = 'ACTIVE'
     ORDER BY up.depth, b."createdAt" LIMIT 1`;
  if (!bureau) throw invalid("未找到本单位所在行政区划的人社部门，请联系人社部门");
  return bureau;
}

/**
 * 单位推荐上报 goes to the nearest superior that reviews recommendations (a competent department) or qualifications
 * (an HR bureau); a unit with neither above it recommends to the HR bureau of its region.
 */
export async function recommendationTargetOf(client: Db | Tx, unitId: string): Promise<{ id: string; name: string }> {
  const [target] = await client.$queryRaw<{ id: string; name: string }[]>`
    WITH RECURSIVE up(id, superior, depth) AS (
      SELECT id, "superiorId", 0 FROM "Unit" WHERE id = ${unitId}
      UNION ALL
      SELECT u.id, u."superiorId", up.depth + 1 FROM "Unit" u JOIN up ON u.id = up.superior WHERE up.depth < 32
    )
    SELECT u.id, u.name FROM "Unit" u JOIN up ON up.id = u.id
     WHERE up.depth > 0 AND u.kind IN ('COMPETENT_DEPT', 'HR_BUREAU') AND u.status = 'ACTIVE'
     ORDER BY up.depth LIMIT 1`;
  return target ?? regionBureauOf(client, unitId);
}
