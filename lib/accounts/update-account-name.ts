import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeForUnit } from "@/lib/auth/authorize";
import type { PersonActor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import type { AccountNameInput } from "./schemas";

/** 账号信息维护: the admin completes the name of an account of the unit. */
export async function updateAccountName(opts: { actor: PersonActor; ip: string; input: AccountNameInput }) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: opts.input.userId } });
    if (!user?.unitId) throw notFound("该账号未绑定本单位");
    await authorizeForUnit(tx, opts.actor, "account.names", user.unitId);
    await tx.user.update({ where: { id: user.id }, data: { name: opts.input.name } });
    await recordAudit(tx, { actor: opts.actor, ip: opts.ip, action: "维护账号姓名", entityType: "User", entityId: user.id, detail: { from: user.name, to: opts.input.name } });
  });
}
