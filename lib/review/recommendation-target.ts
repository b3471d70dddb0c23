import "server-only";
import { db } from "@/lib/db/client";
import { grantUnitIds } from "@/lib/auth/scope";
import type { PersonActor } from "@/lib/auth/permissions";
import { recommendationTargetOf } from "@/lib/units/pipeline-targets";

/** Where the actor's units recommend to, named on the 推荐 form before anything is sent. */
export async function recommendationTargetsFor(actor: PersonActor): Promise<string[]> {
  const units = grantUnitIds(actor, "recommendation.submit");
  const targets = await Promise.all(units.map((id) => recommendationTargetOf(db, id).then((t) => t.name).catch(() => null)));
  return [...new Set(targets.filter((t): t is string => !!t))];
}
