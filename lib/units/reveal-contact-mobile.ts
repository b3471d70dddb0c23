import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { unitScope } from "@/lib/auth/scope";
import type { PersonActor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";

/** 查看 on 单位注册审核: the contact's full mobile, for a registration the reviewer may review; each look is audited. */
export async function revealContactMobile(opts: { actor: PersonActor; ip: string; unitId: string }) {
  return db.$transaction(async (tx) => {
    const unit = await tx.unit.findFirst({
      where: { id: opts.unitId, status: "PENDING_REVIEW", AND: [await unitScope(tx, opts.actor, "unit.registrationReview")] },
      select: { id: true, contactMobile: true },
    });
    if (!unit?.contactMobile) throw notFound();
    await recordAudit(tx, { actor: opts.actor, ip: opts.ip, action: "查看单位联系人手机号", entityType: "Unit", entityId: unit.id });
    return { mobile: unit.contactMobile };
  });
}
