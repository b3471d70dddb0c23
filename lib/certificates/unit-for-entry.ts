import "server-only";
import { grantUnitIds } from "@/lib/auth/scope";
import type { PersonActor } from "@/lib/auth/permissions";
import { forbidden } from "@/lib/errors";

/** The committee-forming unit the handler enters certificates for (the unit of its 证书补录 grant). */
export function unitForEntry(actor: PersonActor): string {
  const [unitId] = grantUnitIds(actor, "certificate.entry");
  if (!unitId) throw forbidden("只有评委会组建单位（自主评审单位、人社部门）的职称经办可以补录证书");
  return unitId;
}
