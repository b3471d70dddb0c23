import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor, Permission } from "@/lib/auth/permissions";
import { accountScope } from "@/lib/auth/scope";
import { pagedList, personSearch, type ListQuery } from "@/lib/list-query";

/** The accounts of the units the actor manages through the permission (账号角色管理, 账号退出管理, 账号信息维护). */
export async function listUnitAccounts(opts: { actor: PersonActor; permission: Permission; query: ListQuery }) {
  const where = { AND: [await accountScope(db, opts.actor, opts.permission)], ...personSearch(opts.query.q) };
  return pagedList(opts.query.page, {
    count: () => db.user.count({ where }),
    rows: (page) => db.user.findMany({
      where,
      orderBy: [{ unitId: "asc" }, { createdAt: "asc" }],
      include: { unit: { select: { id: true, name: true } }, grants: { select: { role: true, unitId: true } } },
      ...page }),
  });
}
