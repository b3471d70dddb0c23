import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { reaches, unitScope } from "@/lib/auth/scope";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { forbidden, invalid, notFound } from "@/lib/errors";
import { UNIT_NOT_FOUND, type UnitInfoInput } from "./schemas";

/** 单位基础信息管理 → 修改 (and the unit login's own 单位信息维护). Only an admin or the unit login renames (修改单位名称). */
export async function updateUnitInfo(opts: { actor: Actor; ip: string; input: UnitInfoInput }) {
  const { input } = opts;
  try {
    return await db.$transaction(async (tx) => {
      const { actor } = opts;
      // The unit login maintains its own unit; a person the units of their 单位基础信息管理 scope.
      const reach = actor.kind === "unit" ? { id: actor.unitId } : await unitScope(tx, actor, "unit.info");
      const unit = await tx.unit.findFirst({ where: { id: input.unitId, AND: [reach] }, select: { id: true, name: true } });
      if (!unit) throw notFound(UNIT_NOT_FOUND);
      const renaming = unit.name !== input.name;
      if (renaming && actor.kind === "person" && !(await reaches(tx, actor, "unit.rename", unit.id))) throw forbidden("只有单位管理员可以修改单位名称");
      await tx.unit.update({
        where: { id: unit.id },
        data: { name: input.name, contactName: input.contactName, contactMobile: input.contactMobile, address: input.address },
      });
      await recordAudit(tx, {
        actor: opts.actor,
        ip: opts.ip,
        action: renaming ? "修改单位名称" : "维护单位信息",
        entityType: "Unit",
        entityId: unit.id,
        detail: renaming ? { from: unit.name, to: input.name } : undefined,
      });
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw invalid("该单位名称已被其他单位使用", "name");
    throw e;
  }
}
