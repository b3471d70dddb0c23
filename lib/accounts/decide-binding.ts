import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { PersonActor } from "@/lib/auth/permissions";
import { bindingRequestScope } from "@/lib/auth/scope";
import { conflict, notFound } from "@/lib/errors";
import { claimPending } from "@/lib/db/claim-pending";
import { REQUEST_STATUS_LABELS } from "./labels";

/** 新进账号管理: 确认接收 binds the person to the unit; 拒绝 closes the request. Of two deciders, one wins. */
export async function decideBinding(opts: { actor: PersonActor; ip: string; id: string; accept: boolean; reason?: string }) {
  return db.$transaction(async (tx) => {
    const request = await tx.bindingRequest.findFirst({ where: { id: opts.id, AND: [await bindingRequestScope(tx, opts.actor, "account.accept")] } });
    if (!request) throw notFound();
    await claimPending({
      claim: () =>
        tx.bindingRequest.updateMany({
          where: { id: request.id, status: "PENDING" },
          data: { status: opts.accept ? "APPROVED" : "REJECTED", decidedById: opts.actor.userId, decidedAt: new Date(), reason: opts.reason ?? null },
        }),
      current: () => tx.bindingRequest.findUniqueOrThrow({ where: { id: request.id } }),
      labels: REQUEST_STATUS_LABELS,
      what: "该绑定申请",
      verb: "重复处理",
    });
    if (opts.accept) {
      const bound = await tx.user.updateMany({ where: { id: request.userId, unitId: null }, data: { unitId: request.unitId } });
      if (bound.count !== 1) throw conflict("该账号已绑定其他单位，不能确认接收");
    }
    await recordAudit(tx, {
      actor: opts.actor,
      ip: opts.ip,
      action: opts.accept ? "确认接收" : "拒绝绑定申请",
      entityType: "BindingRequest",
      entityId: request.id,
      detail: { userId: request.userId, reason: opts.reason ?? null },
    });
  });
}
