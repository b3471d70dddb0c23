import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { titleOrder } from "@/lib/declarations/titles";
import { Prisma } from "@/lib/db/generated/client";
import type { SeriesRules } from "./rules";
import { storedRulesSchema } from "./rule-set-schema";

// A round is checked by the 申报条件 in force when it opened: the first time it is saved as open it takes a copy of
// its series' rules, and later edits of the series' rules do not reach it.

export async function keepRulesOfOpeningRound(tx: Tx, round: { id: string; seriesId: string; opened: boolean }) {
  if (!round.opened) return;
  const set = await tx.eligibilityRuleSet.findUnique({ where: { seriesId: round.seriesId }, select: { rules: true } });
  if (!set) return;
  await tx.applicationRound.updateMany({
    where: { id: round.id, eligibilityRules: { equals: Prisma.DbNull } },
    data: { eligibilityRules: set.rules as Prisma.InputJsonValue },
  });
}

/** The rules a round's declarations are checked by; null when its series had none when it opened. */
export async function rulesOfRound(client: Db | Tx, roundId: string): Promise<SeriesRules | null> {
  const round = await client.applicationRound.findUnique({ where: { id: roundId }, select: { eligibilityRules: true, series: { select: { titles: true } } } });
  if (!round?.eligibilityRules) return null;
  const titles = titleOrder(round.series);
  const parsed = storedRulesSchema(titles).safeParse(round.eligibilityRules);
  return parsed.success ? { ...parsed.data, titles } : null;
}
