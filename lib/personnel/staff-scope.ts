import "server-only";
import type { PersonActor } from "@/lib/auth/permissions";
import { grantUnitIds } from "@/lib/auth/scope";

/** The staff a handler records 离退休 and 处分 for: the people bound to the units of their grants (a where on User). */
export function staffWhere(actor: PersonActor) {
  return { unitId: { in: grantUnitIds(actor, "staff.records") } };
}
