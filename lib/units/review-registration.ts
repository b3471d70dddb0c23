import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { PersonActor } from "@/lib/auth/permissions";
import { unitScope } from "@/lib/auth/scope";
import { notFound } from "@/lib/errors";
import { claimPending } from "@/lib/db/claim-pending";
import { notifyUnitContact } from "./notify-contact";
import { UNIT_NOT_FOUND, UNIT_STATUS_LABELS } from "./schemas";

/** 单位注册审核 by the HR bureau of the unit's region: 通过 or 不通过 with a reason; the contact hears by SMS either way. */
export async function reviewRegistration(opts: { actor: PersonActor; ip: string; unitId: string; approve: boolean; reason?: string }) {
  return db.$transaction(async (tx) => {
    const unit = await tx.unit.findFirst({ where: { id: opts.unitId, AND: [await unitScope(tx, opts.actor, "unit.registrationReview")] } });
    if (!unit) throw notFound(UNIT_NOT_FOUND);
    await claimPending({
      claim: () =>
        tx.unit.updateMany({
          where: { id: unit.id, status: "PENDING_REVIEW" },
          data: { status: opts.approve ? "ACTIVE" : "REJECTED", reviewNote: opts.reason ?? null, reviewedById: opts.actor.userId, reviewedAt: new Date() },
        }),
      current: () => tx.unit.findUniqueOrThrow({ where: { id: unit.id } }),
      labels: UNIT_STATUS_LABELS,
      what: "该单位注册",
      verb: "重复审核",
    });
    await notifyUnitContact(
      tx,
      unit.contactMobile,
      opts.approve
        ? `${unit.name}单位注册已通过人工审核，请使用统一社会信用代码${unit.uscc}进行单位登录。`
        : `${unit.name}单位注册未通过人工审核，原因：${opts.reason}。`,
    );
    await recordAudit(tx, {
      actor: opts.actor,
      ip: opts.ip,
      action: opts.approve ? "单位注册审核通过" : "单位注册审核不通过",
      entityType: "Unit",
      entityId: unit.id,
      detail: { reason: opts.reason ?? null },
    });
  });
}
