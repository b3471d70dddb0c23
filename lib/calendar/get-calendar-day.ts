import "server-only";
import { db } from "@/lib/db/client";
import { authorizeAnywhere } from "@/lib/auth/authorize";
import type { PersonActor } from "@/lib/auth/permissions";
import { coveredYears, mergeCalendar } from "./calendar-sources";
import { readCalendarSources } from "./read-calendar-sources";
import { isWorkday, yearOf } from "./working-days";

/** 修正 form: how a day stands now, and the correction (with its version) the form is about to change, if any. */
export async function getCalendarDay(opts: { actor: PersonActor; date: string }) {
  authorizeAnywhere(opts.actor, "calendar.manage");
  const sources = await readCalendarSources(db);
  const correction = sources.corrections.find((c) => c.date === opts.date) ?? null;
  const covered = coveredYears(sources).includes(yearOf(opts.date));
  return { date: opts.date, covered, off: covered ? !isWorkday(opts.date, mergeCalendar(sources)) : null, correction };
}
