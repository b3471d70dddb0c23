import library from "chinese-days/dist/chinese-days.json" with { type: "json" };
import type { CalendarData } from "./working-days";

// The State Council's yearly arrangements as shipped in `chinese-days` (its published JSON data, keyed by `YYYY-MM-DD`).
// Only the data is used: the package's own date functions read dates in the process's time zone and go wrong west of UTC.

type LibraryData = { holidays: Record<string, string>; workdays: Record<string, string> };

/** Name of the festival a library day belongs to, in Chinese (its entries read "Spring Festival,春节,3"). */
function festivalName(entry: string): string {
  return entry.split(",")[1] ?? entry;
}

function yearsOf(dates: string[]): number[] {
  return [...new Set(dates.map((date) => Number(date.slice(0, 4))))].sort((a, b) => a - b);
}

export type LibraryCalendar = CalendarData & { festivals: Record<string, string> };

let cached: LibraryCalendar | undefined;

export function libraryCalendar(): LibraryCalendar {
  cached ??= fromLibrary(library as LibraryData);
  return cached;
}

function fromLibrary(data: LibraryData): LibraryCalendar {
  const holidays = Object.keys(data.holidays).sort();
  const workdays = Object.keys(data.workdays).sort();
  const festivals: Record<string, string> = {};
  for (const [date, entry] of [...Object.entries(data.holidays), ...Object.entries(data.workdays)]) {
    festivals[date] = festivalName(entry);
  }
  return { years: yearsOf(holidays), holidays, workdays, festivals };
}
