import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { PersonActor } from "@/lib/auth/permissions";
import { unitScope } from "@/lib/auth/scope";
import { conflict, invalid, notFound } from "@/lib/errors";
import { isBelow } from "./hierarchy";
import { UNIT_NOT_FOUND, type SuperiorRequestInput } from "./schemas";

/** 主管部门（上级推送节点）→ 主管部门更改: the lower unit asks; the superior decides. */
export async function requestSuperior(opts: { actor: PersonActor; ip: string; input: SuperiorRequestInput }) {
  const { unitId, superiorName } = opts.input;
  return db.$transaction(async (tx) => {
    const unit = await tx.unit.findFirst({ where: { id: unitId, AND: [await unitScope(tx, opts.actor, "unit.superior")] }, select: { superiorId: true } });
    if (!unit) throw notFound(UNIT_NOT_FOUND);
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`superior:${unitId}`}))`;
    const superior = await tx.unit.findUnique({ where: { name: superiorName } });
    if (!superior || superior.status !== "ACTIVE") throw invalid("未找到该单位，请输入上级单位/主管部门的准确全称", "superiorName");
    if (superior.id === unitId) throw invalid("不能选择本单位作为上级单位", "superiorName");
    if (await isBelow(tx, superior.id, unitId)) throw invalid("不能选择本单位的下级单位作为上级单位", "superiorName");
    if (unit.superiorId === superior.id) throw invalid("该单位已是本单位的上级单位", "superiorName");
    const pending = await tx.superiorRequest.findFirst({ where: { unitId, status: "PENDING" }, include: { superior: true } });
    if (pending) throw conflict(`本单位已向“${pending.superior.name}”提交归口申请，请等待审核`);
    const request = await tx.superiorRequest.create({ data: { unitId, superiorId: superior.id, requestedById: opts.actor.userId } });
    await recordAudit(tx, { actor: opts.actor, ip: opts.ip, action: "申请关联上级单位", entityType: "SuperiorRequest", entityId: request.id, detail: { superior: superior.name } });
    return { superiorName: superior.name };
  });
}
