import type { TitleLevel } from "@/lib/db/generated/enums";
import { LEVELS } from "./schemas";

/** A series' title names per level, as kept in TitleSeries.titles. */
export function titlesOf(series: { titles: unknown }, level: TitleLevel): string[] {
  const titles = (series.titles ?? {}) as Partial<Record<TitleLevel, unknown>>;
  const list = titles[level];
  return Array.isArray(list) ? list.filter((t): t is string => typeof t === "string") : [];
}

/** A series' title names from the lowest level to the highest, in each level's own order. */
export function titleOrder(series: { titles: unknown }): string[] {
  return LEVELS.flatMap((level) => titlesOf(series, level));
}
