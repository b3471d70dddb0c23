import type { Db, Tx } from "@/lib/db/client";
import type { CalendarSources } from "./calendar-sources";
import { libraryCalendar } from "./library-calendar";

// Not server-only: the `calendar` command reads the bureau's corrections with its own client.

/** The library's data with the bureau's years and corrections as they stand in the database. */
export async function readCalendarSources(client: Db | Tx): Promise<CalendarSources> {
  const [years, corrections] = await Promise.all([
    client.calendarYear.findMany({ orderBy: { year: "asc" } }),
    client.calendarCorrection.findMany({ orderBy: { date: "asc" } }),
  ]);
  return { library: libraryCalendar(), years, corrections };
}
