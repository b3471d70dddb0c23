import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { claimPending } from "@/lib/db/claim-pending";
import { moveDeclaration } from "@/lib/declarations/move-declaration";
import { MOVES } from "@/lib/declarations/state-machine";
import { assertPublicityEnded } from "@/lib/publicity-period";
import { findPublicity } from "./get-publicity";
import { PUBLICITY_STATUS_LABELS } from "./publicity-labels";

/** 完成公示: only once the end date has passed; then every listed declaration is PUBLICIZED. Of two presses, one wins. */
export async function completePublicity(opts: { actor: PersonActor; ip: string; id: string; now?: Date }) {
  const now = opts.now ?? new Date();
  return db.$transaction(async (tx) => {
    const publicity = await findPublicity(tx, opts.actor, opts.id);
    assertPublicityEnded(publicity.endDate, now);
    await claimPending({
      claim: () => tx.publicity.updateMany({ where: { id: publicity.id, status: "OPEN" }, data: { status: "COMPLETED", completedAt: now } }),
      current: () => tx.publicity.findUniqueOrThrow({ where: { id: publicity.id } }),
      labels: PUBLICITY_STATUS_LABELS,
      what: "该公示",
      verb: "再次完成公示",
    });
    const listed = await tx.declaration.findMany({ where: { publicityId: publicity.id, status: { in: [...MOVES.completePublicity.from] } }, select: { id: true, status: true, version: true } });
    for (const d of listed) await moveDeclaration({ client: tx, actor: opts.actor, ip: opts.ip, declaration: d, action: "completePublicity", now });
    await recordAudit(tx, { actor: opts.actor, ip: opts.ip, action: "完成公示", entityType: "Publicity", entityId: publicity.id, detail: { declarations: listed.length } });
    return listed.length;
  });
}
