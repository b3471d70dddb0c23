import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { unitTarget } from "@/lib/auth/authorize";
import { can, type Actor, type Permission } from "@/lib/auth/permissions";

/** The reviewers along the pipeline: whoever holds one of these over the declaration's unit may read it. */
const REVIEW_PERMISSIONS: Permission[] = ["declaration.verify", "recommendation.review", "qualification.review"];

/** The applicant, or a reviewer in scope of the declaration's unit. */
export async function mayReadDeclaration(client: Db | Tx, actor: Actor, declaration: { applicantId: string; unitId: string }) {
  if (actor.kind === "person" && actor.userId === declaration.applicantId) return true;
  const target = await unitTarget(client, declaration.unitId);
  return REVIEW_PERMISSIONS.some((p) => can(actor, p, target));
}
