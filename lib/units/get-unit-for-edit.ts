import "server-only";
import { db } from "@/lib/db/client";
import { can, type PersonActor } from "@/lib/auth/permissions";
import { reaches, unitScope } from "@/lib/auth/scope";
import { listRegions } from "@/lib/units/list-regions";

/**
 * 单位基础信息管理 → 修改: a unit the actor maintains or whose admin it designates (null otherwise, as if missing),
 * with what the actor may do to it.
 */
export async function getUnitForEdit(opts: { actor: PersonActor; id: string }) {
  const { actor } = opts;
  if (!can(actor, "unit.info") && !can(actor, "unit.changeAdmin")) return null;
  const unit = await db.unit.findFirst({
    where: { id: opts.id, AND: [await unitScope(db, actor, "unit.info", "unit.changeAdmin")] },
    include: {
      superior: true,
      grants: { where: { role: "UNIT_ADMIN" }, include: { user: true } },
      superiorRequests: { orderBy: { createdAt: "desc" }, take: 1, include: { superior: true } },
    },
  });
  if (!unit) return null;
  const [info, admin, superior, createSub] = await Promise.all(
    (["unit.info", "unit.changeAdmin", "unit.superior", "unit.createSub"] as const).map((p) => reaches(db, actor, p, unit.id)),
  );
  const may = { info, admin, superior, createSub };
  return { unit, may, regions: may.createSub ? await listRegions() : [] };
}
