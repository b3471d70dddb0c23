import type { PrismaClient } from "../../lib/db/generated/client";

// 贵州省 and the regions the demo units sit in (行政区划代码).
export const REGIONS = [
  { code: "520000", name: "贵州省", level: "PROVINCE", parentCode: null },
  { code: "520100", name: "贵阳市", level: "CITY", parentCode: "520000" },
  { code: "520300", name: "遵义市", level: "CITY", parentCode: "520000" },
  { code: "520102", name: "贵阳市南明区", level: "COUNTY", parentCode: "520100" },
  { code: "520302", name: "遵义市红花岗区", level: "COUNTY", parentCode: "520300" },
] as const;

const done = new WeakMap<PrismaClient, Promise<void>>();

/** Once per client: factories call this before every unit they make. */
export function seedRegions(db: PrismaClient) {
  if (!done.has(db)) done.set(db, insertRegions(db));
  return done.get(db)!;
}

async function insertRegions(db: PrismaClient) {
  // Parents come first in REGIONS; ON CONFLICT DO NOTHING keeps concurrent seeders out of each other's way.
  for (const r of REGIONS) await db.region.createMany({ data: [{ ...r }], skipDuplicates: true });
}
