import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeAnywhere } from "@/lib/auth/authorize";
import type { PersonActor } from "@/lib/auth/permissions";
import { conflict, notFound } from "@/lib/errors";
import type { DisciplineValues, WithdrawDisciplineValues } from "./schemas";
import { staffWhere } from "./staff-scope";

/** 登记处分: a disciplinary period of one of the unit's people; 资格预检 refuses 申报 until it has ended. */
export async function recordDiscipline(opts: { actor: PersonActor; ip: string; input: DisciplineValues }) {
  authorizeAnywhere(opts.actor, "staff.records");
  const { userId, ...period } = opts.input;
  return db.$transaction(async (tx) => {
    const person = await tx.user.findFirst({ where: { id: userId, ...staffWhere(opts.actor) }, select: { name: true, unitId: true } });
    if (!person?.unitId) throw notFound("人员不存在或不属于本单位");
    const row = await tx.disciplinePeriod.create({ data: { userId, unitId: person.unitId, ...period, recordedById: opts.actor.userId } });
    await recordAudit(tx, { actor: opts.actor, ip: opts.ip, action: "登记处分", entityType: "DisciplinePeriod", entityId: row.id, detail: { name: person.name, ...period } });
    return row;
  });
}

/** 撤销 a wrong entry: it stays on record, marked withdrawn with the reason; of two presses one wins. */
export async function withdrawDiscipline(opts: { actor: PersonActor; ip: string; input: WithdrawDisciplineValues }) {
  authorizeAnywhere(opts.actor, "staff.records");
  return db.$transaction(async (tx) => {
    const { count } = await tx.disciplinePeriod.updateMany({
      where: { id: opts.input.id, withdrawnAt: null, unitId: { in: staffWhere(opts.actor).unitId.in } },
      data: { withdrawnAt: new Date(), withdrawnById: opts.actor.userId, withdrawReason: opts.input.reason },
    });
    if (count === 0) {
      const exists = await tx.disciplinePeriod.count({ where: { id: opts.input.id, unitId: { in: staffWhere(opts.actor).unitId.in } } });
      throw exists ? conflict("该处分登记已撤销") : notFound("处分登记不存在或不属于本单位");
    }
    await recordAudit(tx, { actor: opts.actor, ip: opts.ip, action: "撤销处分登记", entityType: "DisciplinePeriod", entityId: opts.input.id, detail: { reason: opts.input.reason } });
  });
}
