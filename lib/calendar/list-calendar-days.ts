import "server-only";
import { db } from "@/lib/db/client";
import { authorizeAnywhere } from "@/lib/auth/authorize";
import type { PersonActor } from "@/lib/auth/permissions";
import { PAGE_SIZE, type ListQuery } from "@/lib/accounts/list-query";
import { coveredYears, specialDaysOf } from "./calendar-sources";
import { readCalendarSources } from "./read-calendar-sources";
import { CalendarYearMissing } from "./working-days";

/** 节假日管理 → 查看: a year's days off, adjusted working days and corrections in date order; the search matches the date, name or 文号. */
export async function listCalendarDays(opts: { actor: PersonActor; year: number; query: ListQuery }) {
  authorizeAnywhere(opts.actor, "calendar.manage");
  const sources = await readCalendarSources(db);
  if (!coveredYears(sources).includes(opts.year)) return { missing: new CalendarYearMissing(opts.year).message, total: 0, rows: [] };
  const q = opts.query.q;
  const rows = specialDaysOf(sources, opts.year).filter(
    (day) => !q || day.date.includes(q) || day.name.includes(q) || !!day.noticeNumber?.includes(q),
  );
  const start = (opts.query.page - 1) * PAGE_SIZE;
  return { missing: null, total: rows.length, rows: rows.slice(start, start + PAGE_SIZE) };
}
