import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeForUnit } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/permissions";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { forbidden, invalid, notFound } from "@/lib/errors";
import type { UnitInfoInput } from "./schemas";

/** 单位基础信息管理 → 修改 (and the unit login's own 单位信息维护). Only an admin or the unit login renames (修改单位名称). */
export async function updateUnitInfo(opts: { actor: Actor; ip: string; input: UnitInfoInput }) {
  const { input } = opts;
  try {
    return await db.$transaction(async (tx) => {
      const unit = await tx.unit.findUnique({ where: { id: input.unitId } });
      if (!unit) throw notFound();
      const renaming = unit.name !== input.name;
      if (opts.actor.kind === "unit") {
        if (opts.actor.unitId !== unit.id) throw forbidden();
      } else {
        await authorizeForUnit(tx, opts.actor, "unit.info", unit.id);
        if (renaming) await authorizeForUnit(tx, opts.actor, "unit.rename", unit.id, "只有单位管理员可以修改单位名称");
      }
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
