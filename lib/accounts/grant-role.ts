import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { ROLE_LABELS, type PersonActor } from "@/lib/auth/permissions";
import { accountScope } from "@/lib/auth/scope";
import { AppError, notFound } from "@/lib/errors";
import { loadCandidate } from "./load-candidate";
import { REFUSALS, roleGrantRefusal } from "./rules";
import type { RoleChangeInput } from "./schemas";

/** 账号角色管理 → 绑定: the rules of separation are checked inside the same transaction that writes the grant. */
export async function grantRole(opts: { actor: PersonActor; ip: string; input: RoleChangeInput }) {
  const { userId, unitId, role } = opts.input;
  return db.$transaction(async (tx) => {
    // The account is found only as a member of that unit, and only when the unit is one the actor manages roles for.
    const member = await tx.user.findFirst({ where: { id: userId, unitId, AND: [await accountScope(tx, opts.actor, "account.roles")] }, select: { id: true } });
    if (!member) throw notFound(REFUSALS.notBound);
    // One grant decision per person at a time, so a concurrent grant cannot slip past the rules.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`grants:${userId}`}))`;
    const { candidate } = await loadCandidate(tx, { id: userId });
    const refusal = roleGrantRefusal({ role, unitId, candidate });
    if (refusal) throw new AppError("CONFLICT", refusal);
    await tx.roleGrant.create({ data: { userId, unitId, role, grantedById: opts.actor.userId } });
    await recordAudit(tx, { actor: opts.actor, ip: opts.ip, action: "绑定角色", entityType: "User", entityId: userId, detail: { unitId, role: ROLE_LABELS[role] } });
  });
}
