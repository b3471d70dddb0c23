import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { pagedList, type ListQuery } from "@/lib/list-query";
import { unitIdsInScope } from "@/lib/auth/scope";

/** 单位基础信息管理: the units the actor maintains or whose admin it may designate, with their admin and superior. */
export async function listUnits(opts: { actor: PersonActor; query: ListQuery }) {
  const reach = new Set([...(await unitIdsInScope(db, opts.actor, "unit.info")), ...(await unitIdsInScope(db, opts.actor, "unit.changeAdmin"))]);
  const q = opts.query.q;
  const where = { id: { in: [...reach] }, ...(q ? { OR: [{ name: { contains: q } }, { uscc: { startsWith: q.toUpperCase() } }] } : {}) };
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
  const unitIds = await unitIdsInScope(db, opts.actor, "unit.superior");
  return db.superiorRequest.findMany({
    where: { superiorId: { in: unitIds }, status: "PENDING" },
    orderBy: { createdAt: "asc" },
    include: { unit: { select: { name: true, uscc: true } }, superior: { select: { name: true } } },
  });
}
