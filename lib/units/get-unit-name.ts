import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";

/** The name of the unit the person is bound to, for the page header. */
export async function getMyUnitName(actor: PersonActor): Promise<string | undefined> {
  if (!actor.unitId) return undefined;
  const unit = await db.unit.findUnique({ where: { id: actor.unitId }, select: { name: true } });
  return unit?.name;
}
