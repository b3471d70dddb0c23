import "server-only";
import { db } from "@/lib/db/client";
import type { UnitActor } from "@/lib/auth/permissions";

/** What the unit login sees of its own unit: its info, region, superior and admin. */
export async function getUnitHome(actor: UnitActor) {
  const [unit, admin] = await Promise.all([
    db.unit.findUniqueOrThrow({ where: { id: actor.unitId }, include: { region: true, superior: true } }),
    db.roleGrant.findFirst({ where: { unitId: actor.unitId, role: "UNIT_ADMIN" }, include: { user: true } }),
  ]);
  return { unit, admin: admin?.user ?? null };
}
