import "server-only";
import { db } from "@/lib/db/client";

/** The administrative regions (贵州省 → 市/州 → 区/县), for registration and sub-unit forms. */
export function listRegions() {
  return db.region.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true } });
}
