import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { ROLE_LABELS, type PersonActor } from "@/lib/auth/permissions";
import { roleGrantScope } from "@/lib/auth/scope";
import { notFound } from "@/lib/errors";
import type { RoleChangeInput } from "./schemas";

/** 账号角色管理 → 解绑: one statement, the scope in its WHERE; a grant outside it is as absent as a missing one. */
export async function revokeRole(opts: { actor: PersonActor; ip: string; input: RoleChangeInput }) {
  const { userId, unitId, role } = opts.input;
  return db.$transaction(async (tx) => {
    const removed = await tx.roleGrant.deleteMany({ where: { userId, unitId, role, AND: [await roleGrantScope(tx, opts.actor, "account.roles")] } });
    if (removed.count !== 1) throw notFound("该账号当前没有此角色");
    await recordAudit(tx, { actor: opts.actor, ip: opts.ip, action: "解绑角色", entityType: "User", entityId: userId, detail: { unitId, role: ROLE_LABELS[role] } });
  });
}
