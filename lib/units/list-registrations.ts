import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { unitScope } from "@/lib/auth/scope";
import { pagedList, type ListQuery } from "@/lib/list-query";
import { maskMobile } from "@/lib/validation/mobile";

/** The manual review queue: pending registrations in the regions of the bureaus the actor reviews for. */
export async function listRegistrations(opts: { actor: PersonActor; query: ListQuery }) {
  const q = opts.query.q;
  const where = {
    status: "PENDING_REVIEW" as const,
    AND: [await unitScope(db, opts.actor, "unit.registrationReview")],
    ...(q ? { OR: [{ name: { contains: q } }, { uscc: { startsWith: q.toUpperCase() } }] } : {}),
  };
  return pagedList(opts.query.page, {
    count: () => db.unit.count({ where }),
    // The contact's mobile is masked like every list's; 查看 reveals it (revealContactMobile, audited).
    rows: async (page) =>
      (await db.unit.findMany({ where, orderBy: { createdAt: "asc" }, include: { region: true }, ...page })).map((u) => ({
        ...u,
        contactMobile: u.contactMobile ? maskMobile(u.contactMobile) : null,
      })),
  });
}
