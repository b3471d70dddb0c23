import "server-only";
import { db } from "@/lib/db/client";
import { can, type PersonActor } from "@/lib/auth/permissions";
import { grantUnitIds } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { conflict, notFound } from "@/lib/errors";
import type { FilingReviewValues } from "./schemas";
import { FILING, FILING_STATUS_LABELS, filingReviewed } from "./rules";

/**
 * 评审权备案审核: the filing unit's competent department passes it on to the province bureau (or refuses it); the
 * province bureau approves it (已备案) or refuses it. Guarded by status and version: of two reviewers one wins.
 */
export async function reviewFiling(opts: { actor: PersonActor; ip: string; input: FilingReviewValues; now?: Date }) {
  const { input } = opts;
  const now = opts.now ?? new Date();
  const deptUnits = grantUnitIds(opts.actor, "filing.deptReview");
  const province = can(opts.actor, "filing.approve");
  return db.$transaction(async (tx) => {
    // The filing is found only where the actor reviews: at its department, or (province bureau) anywhere.
    const filing = await tx.evaluationFiling.findFirst({ where: province ? { id: input.id } : { id: input.id, deptUnitId: { in: deptUnits } } });
    if (!filing) throw notFound("备案不存在或您无权审核");
    const stage =
      filing.status === FILING.pendingDept && deptUnits.includes(filing.deptUnitId ?? "") ? "dept" : province && filing.status === FILING.pendingProvince ? "province" : null;
    if (!stage || filing.version !== input.version) {
      throw conflict(`该备案当前状态为「${FILING_STATUS_LABELS[filing.status]}」，${filing.version !== input.version ? "已被他人处理，请刷新后重试" : "您不能审核"}`);
    }
    const to = filingReviewed(input.pass, stage);
    const opinion = input.opinion || null;
    const reviewed =
      stage === "dept"
        ? { deptOpinion: opinion, deptReviewedById: opts.actor.userId, deptReviewedAt: now }
        : { provinceOpinion: opinion, provinceReviewedById: opts.actor.userId, provinceReviewedAt: now };
    const { count } = await tx.evaluationFiling.updateMany({
      where: { id: filing.id, status: filing.status, version: filing.version },
      data: { status: to, version: { increment: 1 }, ...reviewed },
    });
    if (count === 0) throw conflict("该备案已被他人处理，请刷新后重试");
    await recordAudit(tx, {
      actor: opts.actor,
      ip: opts.ip,
      action: stage === "dept" ? "评审权备案审核" : "评审权备案审批",
      entityType: "EvaluationFiling",
      entityId: filing.id,
      detail: { from: filing.status, to, opinion },
    });
    return to;
  });
}
