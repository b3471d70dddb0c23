import "server-only";
import { db } from "@/lib/db/client";
import { authorizeAnywhere } from "@/lib/auth/authorize";
import type { PersonActor } from "@/lib/auth/permissions";
import { pageOf, type ListQuery } from "@/lib/list-query";
import { coveredYears, specialDaysOf } from "./calendar-sources";
import { readCalendarSources } from "./read-calendar-sources";

export type CalendarYearRow = {
  year: number;
  /** The bureau's notice for a year it entered; null for a year of the shipped data. */
  notice: { name: string; number: string; createdByName: string; createdAt: Date } | null;
  daysOff: number;
  adjustedWorkdays: number;
  corrections: number;
};

/** 节假日管理: the years the calendar covers, newest first; the search matches the year, a notice's name or its 文号. */
export async function listCalendarYears(opts: { actor: PersonActor; query: ListQuery }) {
  authorizeAnywhere(opts.actor, "calendar.manage");
  const sources = await readCalendarSources(db);
  const q = opts.query.q;
  const rows: CalendarYearRow[] = coveredYears(sources)
    .reverse()
    .map((year) => {
      const bureau = sources.years.find((y) => y.year === year);
      const days = specialDaysOf(sources, year);
      return {
        year,
        notice: bureau ? { name: bureau.noticeName, number: bureau.noticeNumber, createdByName: bureau.createdByName, createdAt: bureau.createdAt } : null,
        daysOff: days.filter((d) => d.off).length,
        adjustedWorkdays: days.filter((d) => !d.off).length,
        corrections: days.filter((d) => d.source === "correction").length,
      };
    })
    .filter((row) => !q || String(row.year).includes(q) || !!row.notice?.name.includes(q) || !!row.notice?.number.includes(q));
  return pageOf(rows, opts.query.page);
}
