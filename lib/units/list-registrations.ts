import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { unitIdsInScope } from "@/lib/auth/scope";
import { pageArgs, type ListQuery } from "@/lib/accounts/list-query";

/** The manual review queue: pending registrations in the regions of the bureaus the actor reviews for. */
export async function listRegistrations(opts: { actor: PersonActor; query: ListQuery }) {
  const q = opts.query.q;
  const where = {
    status: "PENDING_REVIEW" as const,
    id: { in: await unitIdsInScope(db, opts.actor, "unit.registrationReview") },
    ...(q ? { OR: [{ name: { contains: q } }, { uscc: { startsWith: q.toUpperCase() } }] } : {}),
  };
  const [total, rows] = await Promise.all([
    db.unit.count({ where }),
    db.unit.findMany({ where, orderBy: { createdAt: "asc" }, include: { region: true }, ...pageArgs(opts.query.page) }),
  ]);
  return { total, rows };
}
