import "server-only";
import { db } from "@/lib/db/client";
import { authorizeAnywhere } from "@/lib/auth/authorize";
import type { PersonActor } from "@/lib/auth/permissions";
import { pageOf, type ListQuery } from "@/lib/list-query";
import { coveredYears, specialDaysOf } from "./calendar-sources";
import { readCalendarSources } from "./read-calendar-sources";
import { CalendarYearMissing } from "./working-days";

/** 节假日管理 → 查看: a year's days off, adjusted working days and corrections in date order; the search matches the date, name or 文号. */
export async function listCalendarDays(opts: { actor: PersonActor; year: number; query: ListQuery }) {
  authorizeAnywhere(opts.actor, "calendar.manage");
  const sources = await readCalendarSources(db);
  if (!coveredYears(sources).includes(opts.year)) return { missing: new CalendarYearMissing(opts.year).message, ...pageOf([], 1) };
  const q = opts.query.q;
  const rows = specialDaysOf(sources, opts.year).filter(
    (day) => !q || day.date.includes(q) || day.name.includes(q) || !!day.noticeNumber?.includes(q),
  );
  return { missing: null, ...pageOf(rows, opts.query.page) };
}
