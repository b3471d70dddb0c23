import "server-only";
import { db } from "@/lib/db/client";
import { grantsFor, type PersonActor } from "@/lib/auth/permissions";
import { pageArgs, type ListQuery } from "@/lib/accounts/list-query";

/** The manual review queue: pending registrations in the regions of the bureaus the actor reviews for. */
export async function listRegistrations(opts: { actor: PersonActor; query: ListQuery }) {
  const regions = grantsFor(opts.actor, "unit.registrationReview").map((g) => g.regionCode);
  // Region codes nest by prefix (52 → 5201 → 520102), with trailing zeros for the higher levels.
  const prefixes = [...new Set(regions.map((r) => r.replace(/(00)+$/, "")))];
  const q = opts.query.q;
  const where = {
    status: "PENDING_REVIEW" as const,
    OR: prefixes.map((p) => ({ regionCode: { startsWith: p } })),
    ...(q ? { AND: [{ OR: [{ name: { contains: q } }, { uscc: { startsWith: q.toUpperCase() } }] }] } : {}),
  };
  if (prefixes.length === 0) return { total: 0, rows: [] };
  const [total, rows] = await Promise.all([
    db.unit.count({ where }),
    db.unit.findMany({ where, orderBy: { createdAt: "asc" }, include: { region: true }, ...pageArgs(opts.query.page) }),
  ]);
  return { total, rows };
}
