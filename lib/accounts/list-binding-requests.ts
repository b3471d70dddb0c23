import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { bindingRequestScope } from "@/lib/auth/scope";
import { pagedList, personSearch, type ListQuery } from "@/lib/list-query";

/** 新进账号管理: pending binding requests to the units the actor accepts for. */
export async function listBindingRequests(opts: { actor: PersonActor; query: ListQuery }) {
  const where = { AND: [await bindingRequestScope(db, opts.actor, "account.accept")], status: "PENDING" as const, user: personSearch(opts.query.q) };
  return pagedList(opts.query.page, {
    count: () => db.bindingRequest.count({ where }),
    rows: (page) => db.bindingRequest.findMany({ where, orderBy: { createdAt: "asc" }, include: { user: true, unit: { select: { name: true } } }, ...page }),
  });
}
