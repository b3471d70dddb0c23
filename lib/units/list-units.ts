import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { pagedList, type ListQuery } from "@/lib/list-query";
import { superiorRequestScope, unitScope } from "@/lib/auth/scope";

/** 单位基础信息管理: the units the actor maintains or whose admin it may designate, with their admin and superior. */
export async function listUnits(opts: { actor: PersonActor; query: ListQuery }) {
  const q = opts.query.q;
  const where = { AND: [await unitScope(db, opts.actor, "unit.info", "unit.changeAdmin")], ...(q ? { OR: [{ name: { contains: q } }, { uscc: { startsWith: q.toUpperCase() } }] } : {}) };
  return pagedList(opts.query.page, {
    count: () => db.unit.count({ where }),
    rows: (page) => db.unit.findMany({
      where,
      orderBy: { createdAt: "asc" },
      include: { superior: { select: { name: true } }, grants: { where: { role: "UNIT_ADMIN" }, include: { user: { select: { name: true } } } } },
      ...page }),
  });
}

/** Pending 归口 requests addressed to units the actor decides for. */
export async function listSuperiorRequests(opts: { actor: PersonActor }) {
  return db.superiorRequest.findMany({
    where: { AND: [await superiorRequestScope(db, opts.actor, "unit.superior")], status: "PENDING" },
    orderBy: { createdAt: "asc" },
    include: { unit: { select: { name: true, uscc: true } }, superior: { select: { name: true } } },
  });
}
