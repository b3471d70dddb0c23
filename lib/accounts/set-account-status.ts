import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { PersonActor } from "@/lib/auth/permissions";
import { accountScope } from "@/lib/auth/scope";
import { conflict, forbidden, notFound } from "@/lib/errors";
import { ACCOUNT_NOT_FOUND, ACCOUNT_STATUS_LABELS } from "./labels";
import type { AccountStatusInput } from "./schemas";

/** 启用 / 禁用: disabling moves the session version on, so every open session of the account ends at its next request. */
export async function setAccountStatus(opts: { actor: PersonActor; ip: string; input: AccountStatusInput }) {
  const { userId, status } = opts.input;
  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: userId, AND: [await accountScope(tx, opts.actor, "account.roles")] }, select: { unitId: true } });
    if (!user) throw notFound(ACCOUNT_NOT_FOUND);
    if (userId === opts.actor.userId) throw forbidden("不能禁用或启用自己的账号");
    // 账号使用手册: a disabled account is re-enabled by the admin of its own unit, not by a superior's admin.
    if (status === "ACTIVE" && !opts.actor.grants.some((g) => g.role === "UNIT_ADMIN" && g.unitId === user.unitId)) {
      throw forbidden("只有账号所在单位的管理员可以启用该账号");
    }
    const changed = await tx.user.updateMany({
      where: { id: userId, status: status === "ACTIVE" ? "DISABLED" : "ACTIVE" },
      data: status === "DISABLED" ? { status, sessionVersion: { increment: 1 } } : { status },
    });
    if (changed.count !== 1) throw conflict(`该账号当前状态已为「${ACCOUNT_STATUS_LABELS[status]}」`);
    await recordAudit(tx, { actor: opts.actor, ip: opts.ip, action: status === "ACTIVE" ? "启用账号" : "禁用账号", entityType: "User", entityId: userId });
  });
}
