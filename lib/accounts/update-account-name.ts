import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { PersonActor } from "@/lib/auth/permissions";
import { accountScope } from "@/lib/auth/scope";
import { notFound } from "@/lib/errors";
import { ACCOUNT_NOT_FOUND } from "./labels";
import type { AccountNameInput } from "./schemas";

/** 账号信息维护: the admin completes the name of an account of the unit. */
export async function updateAccountName(opts: { actor: PersonActor; ip: string; input: AccountNameInput }) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({
      where: { id: opts.input.userId, AND: [await accountScope(tx, opts.actor, "account.names")] },
      select: { id: true, name: true },
    });
    if (!user) throw notFound(ACCOUNT_NOT_FOUND);
    await tx.user.update({ where: { id: user.id }, data: { name: opts.input.name } });
    await recordAudit(tx, { actor: opts.actor, ip: opts.ip, action: "维护账号姓名", entityType: "User", entityId: user.id, detail: { from: user.name, to: opts.input.name } });
  });
}
