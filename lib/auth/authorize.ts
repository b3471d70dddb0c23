import "server-only";
import { forbidden } from "@/lib/errors";
import { can, type Actor, type Permission } from "./permissions";

/** Refuses an actor who holds the permission through no grant (for work that is not about any unit's records). */
export function authorizeAnywhere(actor: Actor, permission: Permission, message?: string) {
  if (!can(actor, permission)) throw forbidden(message);
}
