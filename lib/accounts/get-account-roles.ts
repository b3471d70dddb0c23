import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { unitIdsInScope } from "@/lib/auth/scope";

/** 角色绑定: an account of a unit the actor manages roles for, with its grants (null when outside that scope). */
export async function getAccountRoles(opts: { actor: PersonActor; userId: string }) {
  const units = await unitIdsInScope(db, opts.actor, "account.roles");
  const user = await db.user.findFirst({ where: { id: opts.userId, unitId: { in: units } }, include: { unit: true, grants: true } });
  return user?.unit ? { ...user, unit: user.unit } : null;
}
