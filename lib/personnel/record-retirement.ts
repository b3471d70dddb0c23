import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeAnywhere } from "@/lib/auth/authorize";
import type { PersonActor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import type { RetirementValues } from "./schemas";
import { staffWhere } from "./staff-scope";

/** 登记离退休: the day one of the unit's people retired (a second entry replaces the first, both audited). */
export async function recordRetirement(opts: { actor: PersonActor; ip: string; input: RetirementValues }) {
  authorizeAnywhere(opts.actor, "staff.records");
  const { userId, retiredOn } = opts.input;
  return db.$transaction(async (tx) => {
    const person = await tx.user.findFirst({ where: { id: userId, ...staffWhere(opts.actor) }, select: { id: true, name: true, unitId: true } });
    if (!person?.unitId) throw notFound("人员不存在或不属于本单位");
    const row = { unitId: person.unitId, retiredOn, recordedById: opts.actor.userId, recordedAt: new Date() };
    await tx.staffRetirement.upsert({ where: { userId }, update: row, create: { userId, ...row } });
    await recordAudit(tx, { actor: opts.actor, ip: opts.ip, action: "登记离退休", entityType: "User", entityId: userId, detail: { name: person.name, retiredOn } });
  });
}
