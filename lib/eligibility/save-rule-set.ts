import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeAnywhere } from "@/lib/auth/authorize";
import type { PersonActor } from "@/lib/auth/permissions";
import { titleOrder } from "@/lib/declarations/titles";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { conflict, invalid, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/db/generated/client";
import { storedRulesSchema } from "./rule-set-schema";

const STALE = "申报条件已被他人修改，请刷新页面后重新修改";

/**
 * 申报条件管理 保存: the series' rules replace the stored ones, from the version the editor started with (of two racing
 * edits exactly one wins). Rounds already open keep the copy they took when they opened.
 */
export async function saveRuleSet(opts: { actor: PersonActor; ip: string; seriesId: string; version: number; rules: unknown }) {
  authorizeAnywhere(opts.actor, "eligibility.manage");
  try {
    return await db.$transaction(async (tx) => {
      const series = await tx.titleSeries.findUnique({ where: { id: opts.seriesId }, include: { eligibilityRules: true } });
      if (!series) throw notFound("职称系列不存在");
      const parsed = storedRulesSchema(titleOrder(series)).safeParse(opts.rules);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw invalid(issue.message, issue.path.join("."));
      }
      const rules = parsed.data as unknown as Prisma.InputJsonValue;
      const before = series.eligibilityRules;
      if (before) {
        const { count } = await tx.eligibilityRuleSet.updateMany({
          where: { seriesId: series.id, version: opts.version },
          data: { rules, version: { increment: 1 }, updatedById: opts.actor.userId },
        });
        if (count === 0) throw conflict(STALE);
      } else {
        if (opts.version !== 0) throw conflict(STALE);
        await tx.eligibilityRuleSet.create({ data: { seriesId: series.id, rules, updatedById: opts.actor.userId } });
      }
      await recordAudit(tx, {
        actor: opts.actor,
        ip: opts.ip,
        action: before ? "修改申报条件" : "新增申报条件",
        entityType: "EligibilityRuleSet",
        entityId: series.id,
        detail: { series: series.name, before: (before?.rules ?? null) as Prisma.InputJsonValue, after: rules },
      });
      return { version: (before?.version ?? -1) + 1 };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict(STALE);
    throw e;
  }
}
