import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { PersonActor } from "@/lib/auth/permissions";
import { superiorRequestScope } from "@/lib/auth/scope";
import { conflict, notFound } from "@/lib/errors";
import { claimPending } from "@/lib/db/claim-pending";
import { REQUEST_STATUS_LABELS } from "@/lib/accounts/labels";
import { isBelow } from "./hierarchy";

/** The superior's admin or handler: 通过 sets the unit's superior (归口); 不通过 closes the request. */
export async function decideSuperior(opts: { actor: PersonActor; ip: string; id: string; approve: boolean; reason?: string }) {
  return db.$transaction(async (tx) => {
    const request = await tx.superiorRequest.findFirst({ where: { id: opts.id, AND: [await superiorRequestScope(tx, opts.actor, "unit.superior")] } });
    if (!request) throw notFound();
    await claimPending({
      claim: () =>
        tx.superiorRequest.updateMany({
          where: { id: request.id, status: "PENDING" },
          data: { status: opts.approve ? "APPROVED" : "REJECTED", decidedById: opts.actor.userId, decidedAt: new Date(), reason: opts.reason ?? null },
        }),
      current: () => tx.superiorRequest.findUniqueOrThrow({ where: { id: request.id } }),
      labels: REQUEST_STATUS_LABELS,
      what: "该归口申请",
      verb: "重复审核",
    });
    if (opts.approve) {
      // The hierarchy may have moved since the request: never close a loop.
      if (await isBelow(tx, request.superiorId, request.unitId)) throw conflict("该单位已是本单位的上级单位，不能形成循环归口");
      await tx.unit.update({ where: { id: request.unitId }, data: { superiorId: request.superiorId } });
    }
    await recordAudit(tx, {
      actor: opts.actor,
      ip: opts.ip,
      action: opts.approve ? "归口申请通过" : "归口申请不通过",
      entityType: "SuperiorRequest",
      entityId: request.id,
      detail: { unitId: request.unitId, reason: opts.reason ?? null },
    });
  });
}
