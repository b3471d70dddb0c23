import type { TitleLevel } from "@/lib/db/generated/enums";

/** A series' title names per level, as kept in TitleSeries.titles. */
export function titlesOf(series: { titles: unknown }, level: TitleLevel): string[] {
  const titles = (series.titles ?? {}) as Partial<Record<TitleLevel, unknown>>;
  const list = titles[level];
  return Array.isArray(list) ? list.filter((t): t is string => typeof t === "string") : [];
}
