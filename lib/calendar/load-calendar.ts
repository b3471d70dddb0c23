import "server-only";
import { db, type Db, type Tx } from "@/lib/db/client";
import { mergeCalendar } from "./calendar-sources";
import { readCalendarSources } from "./read-calendar-sources";
import type { CalendarData } from "./working-days";

/** The working-day calendar: the State Council's notices shipped with the app, with the bureau's years and corrections winning. */
export async function loadCalendar(client: Db | Tx = db): Promise<CalendarData> {
  return mergeCalendar(await readCalendarSources(client));
}
