import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { PersonActor } from "@/lib/auth/permissions";
import { notFound, invalid } from "@/lib/errors";
import { idNumberProblem } from "@/lib/validation/id-number";
import type { ExpertProfileValues } from "./schemas";

/** 专家个人信息维护 → 保存: the expert keeps their own profile and the units and persons they recuse from. */
export async function updateExpertProfile(opts: { actor: PersonActor; ip: string; input: ExpertProfileValues }) {
  const { input } = opts;
  const badId = input.recuseIdNumbers.find((n) => idNumberProblem(n) !== null);
  if (badId) throw invalid(`回避人员身份证号「${badId}」不正确：${idNumberProblem(badId)}`, "recuseIdNumbers");
  return db.$transaction(async (tx) => {
    const units = await tx.unit.findMany({ where: { name: { in: input.recuseUnitNames } }, select: { id: true, name: true } });
    const missing = input.recuseUnitNames.filter((n) => !units.some((u) => u.name === n));
    if (missing.length) throw invalid(`未找到单位：${missing.join("、")}（请填写单位的准确名称）`, "recuseUnitNames");
    const data = {
      specialty: input.specialty,
      title: input.title,
      workUnitName: input.workUnitName,
      contact: input.contact,
      recuseUnitIds: units.map((u) => u.id),
      recuseIdNumbers: input.recuseIdNumbers.map((n) => n.toUpperCase()),
    };
    // Only the expert's own entry is found.
    const { count } = await tx.expert.updateMany({ where: { id: input.id, userId: opts.actor.userId }, data });
    if (count === 0) throw notFound("专家信息不存在");
    await recordAudit(tx, { actor: opts.actor, ip: opts.ip, action: "专家个人信息维护", entityType: "Expert", entityId: input.id, detail: data });
  });
}
