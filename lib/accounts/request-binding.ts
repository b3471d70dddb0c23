import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { PersonActor } from "@/lib/auth/permissions";
import { conflict, invalid } from "@/lib/errors";
import type { BindUnitInput } from "./schemas";

/** 绑定单位: the exact name of an active unit; one pending request and one unit at a time. */
export async function requestBinding(opts: { actor: PersonActor; ip: string; input: BindUnitInput }) {
  return db.$transaction(async (tx) => {
    const unit = await tx.unit.findUnique({ where: { name: opts.input.unitName } });
    if (!unit || unit.status !== "ACTIVE") throw invalid("未找到该单位，请输入单位的准确全称（不能错一个字）", "unitName");
    const me = await tx.user.findUniqueOrThrow({ where: { id: opts.actor.userId } });
    if (me.unitId === unit.id) throw conflict("您已绑定该单位，无需重复申请");
    if (me.unitId) throw conflict("您已绑定其他单位，请先由原单位办理账号退出后再申请");
    // Serialise a person's requests so two quick clicks cannot leave two pending requests.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`binding:${me.id}`}))`;
    const pending = await tx.bindingRequest.findFirst({ where: { userId: me.id, status: "PENDING" }, include: { unit: true } });
    if (pending) throw conflict(`您已向“${pending.unit.name}”提交绑定申请，请等待单位确认接收`);
    const request = await tx.bindingRequest.create({ data: { userId: me.id, unitId: unit.id, committedAt: new Date() } });
    await recordAudit(tx, { actor: opts.actor, ip: opts.ip, action: "申请绑定单位", entityType: "BindingRequest", entityId: request.id, detail: { unit: unit.name } });
    return { id: request.id, unitName: unit.name };
  });
}
