import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { PersonActor } from "@/lib/auth/permissions";
import { accountScope } from "@/lib/auth/scope";
import { conflict, notFound } from "@/lib/errors";
import { ACCOUNT_NOT_FOUND } from "./labels";

/** 账号退出管理: the account leaves the unit, and the roles it held there go with it. */
export async function exitAccount(opts: { actor: PersonActor; ip: string; userId: string }) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: opts.userId, AND: [await accountScope(tx, opts.actor, "account.exit")] }, include: { grants: true } });
    if (!user?.unitId) throw notFound(ACCOUNT_NOT_FOUND);
    const unitId = user.unitId;
    if (user.grants.some((g) => g.unitId === unitId && g.role === "UNIT_ADMIN")) throw conflict("单位管理员不能退出本单位，请先更换管理员");
    const left = await tx.user.updateMany({ where: { id: user.id, unitId }, data: { unitId: null, sessionVersion: { increment: 1 } } });
    if (left.count !== 1) throw conflict("该账号已退出本单位");
    await tx.roleGrant.deleteMany({ where: { userId: user.id, unitId } });
    await recordAudit(tx, { actor: opts.actor, ip: opts.ip, action: "账号退出", entityType: "User", entityId: user.id, detail: { unitId } });
  });
}
