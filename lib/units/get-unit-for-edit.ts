import "server-only";
import { db } from "@/lib/db/client";
import { unitTarget } from "@/lib/auth/authorize";
import { can, type PersonActor } from "@/lib/auth/permissions";
import { unitIdsInScope } from "@/lib/auth/scope";
import { listRegions } from "@/lib/units/list-regions";

/**
 * 单位基础信息管理 → 修改: a unit the actor maintains or whose admin it designates (null otherwise, as if missing),
 * with what the actor may do to it.
 */
export async function getUnitForEdit(opts: { actor: PersonActor; id: string }) {
  const [maintained, administered] = await Promise.all([unitIdsInScope(db, opts.actor, "unit.info"), unitIdsInScope(db, opts.actor, "unit.changeAdmin")]);
  const unit = await db.unit.findFirst({
    where: { id: opts.id, AND: [{ id: { in: [...maintained, ...administered] } }] },
    include: {
      superior: true,
      grants: { where: { role: "UNIT_ADMIN" }, include: { user: true } },
      superiorRequests: { orderBy: { createdAt: "desc" }, take: 1, include: { superior: true } },
    },
  });
  if (!unit) return null;
  const target = await unitTarget(db, unit.id);
  const may = {
    info: can(opts.actor, "unit.info", target),
    admin: can(opts.actor, "unit.changeAdmin", target),
    superior: can(opts.actor, "unit.superior", target),
    createSub: can(opts.actor, "unit.createSub", target),
  };
  return { unit, may, regions: may.createSub ? await listRegions() : [] };
}
