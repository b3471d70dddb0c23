import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { unitIdsInScope } from "@/lib/auth/scope";
import { pageArgs, personSearch, type ListQuery } from "./list-query";

/** 新进账号管理: pending binding requests to the units the actor accepts for. */
export async function listBindingRequests(opts: { actor: PersonActor; query: ListQuery }) {
  const unitIds = await unitIdsInScope(db, opts.actor, "account.accept");
  const where = { unitId: { in: unitIds }, status: "PENDING" as const, user: personSearch(opts.query.q) };
  const [total, rows] = await Promise.all([
    db.bindingRequest.count({ where }),
    db.bindingRequest.findMany({ where, orderBy: { createdAt: "asc" }, include: { user: true, unit: { select: { name: true } } }, ...pageArgs(opts.query.page) }),
  ]);
  return { total, rows };
}
