import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { lockForMove, moveDeclaration } from "@/lib/declarations/move-declaration";
import { regionBureauOf } from "@/lib/units/pipeline-targets";

/** 职称评审推荐审核 (competent department): 通过 forwards to the HR bureau of the unit's region; 退回 goes back to the unit. */
export async function reviewRecommendation(opts: { actor: PersonActor; ip: string; id: string; version: number; approve: boolean; opinion?: string; now?: Date }) {
  return db.$transaction(async (tx) => {
    const action = opts.approve ? "deptApprove" : "deptReturn";
    const target = await lockForMove(tx, opts.actor, action, opts.id, opts.version);
    const bureau = opts.approve ? await regionBureauOf(tx, target.unitId) : undefined;
    return moveDeclaration({
      client: tx,
      actor: opts.actor,
      ip: opts.ip,
      declaration: target,
      action,
      opinion: opts.opinion,
      holderUnitId: bureau?.id,
      now: opts.now ?? new Date(),
    });
  });
}
