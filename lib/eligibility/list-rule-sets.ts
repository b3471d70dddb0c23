import "server-only";
import { db } from "@/lib/db/client";
import { authorizeAnywhere } from "@/lib/auth/authorize";
import type { PersonActor } from "@/lib/auth/permissions";
import { titleOrder } from "@/lib/declarations/titles";
import { DEFAULT_CONVENTIONS, type StoredRules } from "./rules";
import { storedRulesSchema } from "./rule-set-schema";

export type RuleSetView = { seriesId: string; seriesName: string; titles: string[]; version: number; rules: StoredRules; kept: boolean };

/** 申报条件管理: every series with its rules (a series without rules yet shows an empty table to fill). */
export async function listRuleSets(actor: PersonActor): Promise<RuleSetView[]> {
  authorizeAnywhere(actor, "eligibility.manage");
  const series = await db.titleSeries.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], include: { eligibilityRules: true } });
  return series.map((s) => {
    const titles = titleOrder(s);
    const stored = s.eligibilityRules ? storedRulesSchema(titles).safeParse(s.eligibilityRules.rules) : null;
    return {
      seriesId: s.id,
      seriesName: s.name,
      titles,
      version: s.eligibilityRules?.version ?? 0,
      rules: stored?.success ? stored.data : { routes: {}, conventions: DEFAULT_CONVENTIONS },
      kept: s.eligibilityRules !== null,
    };
  });
}
