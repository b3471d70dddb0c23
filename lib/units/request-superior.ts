import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeForUnit, unitTarget } from "@/lib/auth/authorize";
import type { PersonActor } from "@/lib/auth/permissions";
import { conflict, invalid } from "@/lib/errors";
import type { SuperiorRequestInput } from "./schemas";

/** 主管部门（上级推送节点）→ 主管部门更改: the lower unit asks; the superior decides. */
export async function requestSuperior(opts: { actor: PersonActor; ip: string; input: SuperiorRequestInput }) {
  const { unitId, superiorName } = opts.input;
  return db.$transaction(async (tx) => {
    await authorizeForUnit(tx, opts.actor, "unit.superior", unitId);
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`superior:${unitId}`}))`;
    const superior = await tx.unit.findUnique({ where: { name: superiorName } });
    if (!superior || superior.status !== "ACTIVE") throw invalid("未找到该单位，请输入上级单位/主管部门的准确全称", "superiorName");
    if (superior.id === unitId) throw invalid("不能选择本单位作为上级单位", "superiorName");
    if ((await unitTarget(tx, superior.id)).ancestorUnitIds.includes(unitId)) throw invalid("不能选择本单位的下级单位作为上级单位", "superiorName");
    const unit = await tx.unit.findUniqueOrThrow({ where: { id: unitId } });
    if (unit.superiorId === superior.id) throw invalid("该单位已是本单位的上级单位", "superiorName");
    const pending = await tx.superiorRequest.findFirst({ where: { unitId, status: "PENDING" }, include: { superior: true } });
    if (pending) throw conflict(`本单位已向“${pending.superior.name}”提交归口申请，请等待审核`);
    const request = await tx.superiorRequest.create({ data: { unitId, superiorId: superior.id, requestedById: opts.actor.userId } });
    await recordAudit(tx, { actor: opts.actor, ip: opts.ip, action: "申请关联上级单位", entityType: "SuperiorRequest", entityId: request.id, detail: { superior: superior.name } });
    return { superiorName: superior.name };
  });
}
