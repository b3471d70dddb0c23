import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { ADMIN_CHANGE_AUDIT } from "./designate-admin";
import { recordIdField } from "@/lib/validation/fields";
import { maskIdNumber } from "@/lib/validation/id-number";

/** The home page's query parameter naming the unit whose admin the actor has just changed. */
export const ADMIN_CHANGED_PARAM = "adminChanged";

const RECENT_MS = 10 * 60_000;

/**
 * 更换管理员 by the admin: the old admin lands on the home page, which says what was done. Read from the actor's own
 * audit record of the change (so the page states facts, never text from the address), only a recent one.
 */
export async function adminChangeNotice(opts: { actor: PersonActor; unitId: string; now?: Date }) {
  if (!recordIdField.safeParse(opts.unitId).success) return null;
  const now = opts.now ?? new Date();
  const record = await db.auditLog.findFirst({
    where: { actorUserId: opts.actor.userId, action: ADMIN_CHANGE_AUDIT, entityType: "Unit", entityId: opts.unitId, at: { gte: new Date(now.getTime() - RECENT_MS) } },
    orderBy: { at: "desc" },
    select: { detail: true },
  });
  const to = (record?.detail as { to?: unknown } | null)?.to;
  if (typeof to !== "string") return null;
  const [unit, admin] = await Promise.all([
    db.unit.findUnique({ where: { id: opts.unitId }, select: { name: true } }),
    db.user.findUnique({ where: { id: to }, select: { name: true, idNumber: true } }),
  ]);
  if (!unit || !admin) return null;
  return { unitName: unit.name, adminName: admin.name, adminIdNumberMasked: maskIdNumber(admin.idNumber) };
}
