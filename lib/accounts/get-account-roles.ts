import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { accountScope } from "@/lib/auth/scope";

/** 角色绑定: an account of a unit the actor manages roles for, with its grants (null when outside that scope). */
export async function getAccountRoles(opts: { actor: PersonActor; userId: string }) {
  const user = await db.user.findFirst({ where: { id: opts.userId, AND: [await accountScope(db, opts.actor, "account.roles")] }, include: { unit: true, grants: true } });
  return user?.unit ? { ...user, unit: user.unit } : null;
}
