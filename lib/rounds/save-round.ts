import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeAnywhere } from "@/lib/auth/authorize";
import type { PersonActor } from "@/lib/auth/permissions";
import { AppError, invalid, notFound } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import type { RoundValues } from "./schemas";
import { shanghaiLocalToInstant } from "./window";
import { FILING } from "@/lib/evaluation/rules";
import { keepRulesOfOpeningRound } from "@/lib/eligibility/round-rules";

/** 申报批次管理: creates a round, or updates the one named by `input.id`. */
export async function saveRound(opts: { actor: PersonActor; ip: string; input: RoundValues }) {
  authorizeAnywhere(opts.actor, "round.manage");
  const { id, windowStart, windowEnd, filingId, ...rest } = opts.input;
  try {
    return await db.$transaction(async (tx) => {
      const series = await tx.titleSeries.findUnique({ where: { id: rest.seriesId } });
      if (!series) throw invalid("请选择职称系列", "seriesId");
      const filing = filingId ? await tx.evaluationFiling.findFirst({ where: { id: filingId, status: FILING.approved } }) : null;
      if (filingId && !filing) throw invalid("请选择已备案的评审委员会", "filingId");
      if (filing && filing.seriesId !== rest.seriesId) throw invalid("所选评审委员会备案的系列与本批次的职称系列不一致", "filingId");
      const data = {
        ...rest,
        windowStart: shanghaiLocalToInstant(windowStart),
        windowEnd: shanghaiLocalToInstant(windowEnd),
        filingId: filing?.id ?? null,
        committeeName: filing?.committeeName ?? null,
      };
      if (id && !(await tx.applicationRound.findUnique({ where: { id }, select: { id: true } }))) throw notFound("申报批次不存在");
      const round = id
        ? await tx.applicationRound.update({ where: { id }, data })
        : await tx.applicationRound.create({ data: { ...data, createdById: opts.actor.userId } });
      await keepRulesOfOpeningRound(tx, { id: round.id, seriesId: round.seriesId, opened: round.status === "OPEN" });
      await recordAudit(tx, {
        actor: opts.actor,
        ip: opts.ip,
        action: id ? "修改申报批次" : "新增申报批次",
        entityType: "ApplicationRound",
        entityId: round.id,
        detail: { ...data, windowStart: data.windowStart.toISOString(), windowEnd: data.windowEnd.toISOString() },
      });
      return round;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", "已存在同名的申报批次", "name");
    throw e;
  }
}
