import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { PersonActor } from "@/lib/auth/permissions";
import { unitScope } from "@/lib/auth/scope";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { invalid, notFound } from "@/lib/errors";
import { DUPLICATE_UNIT } from "./register-unit";
import { UNIT_NOT_FOUND, type CreateSubUnitInput } from "./schemas";

/** Handlers of 事业单位 and 人社部门 create sub-units directly under their unit (按老规矩创建下级单位). */
export async function createSubUnit(opts: { actor: PersonActor; ip: string; input: CreateSubUnitInput }) {
  const { input } = opts;
  try {
    return await db.$transaction(async (tx) => {
      const parent = await tx.unit.findFirst({ where: { id: input.parentId, AND: [await unitScope(tx, opts.actor, "unit.createSub")] }, select: { id: true } });
      if (!parent) throw notFound(UNIT_NOT_FOUND);
      if (await tx.unit.findUnique({ where: { uscc: input.uscc }, select: { id: true } })) throw invalid(DUPLICATE_UNIT, "uscc");
      if (await tx.unit.findUnique({ where: { name: input.name }, select: { id: true } })) throw invalid("该单位名称已被注册，请核对单位名称", "name");
      if (!(await tx.region.findUnique({ where: { code: input.regionCode } }))) throw invalid("请选择所在行政区划", "regionCode");
      const unit = await tx.unit.create({
        data: {
          name: input.name,
          uscc: input.uscc,
          kind: input.kind,
          regionCode: input.regionCode,
          superiorId: input.parentId,
          status: "ACTIVE",
          contactName: input.contactName,
          contactMobile: input.contactMobile,
          address: input.address,
          createdById: opts.actor.userId,
        },
      });
      await recordAudit(tx, { actor: opts.actor, ip: opts.ip, action: "创建下级单位", entityType: "Unit", entityId: unit.id, detail: { parentId: input.parentId } });
      return { id: unit.id };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw invalid(DUPLICATE_UNIT, "uscc");
    throw e;
  }
}
