import type { LibraryCalendar } from "./library-calendar";
import { isWeekend, yearOf, type CalendarData } from "./working-days";

// Which source decides a day: a bureau correction (修正) over a year the bureau entered (新增年度) over the library.

export type BureauYear = {
  year: number;
  noticeName: string;
  noticeNumber: string;
  holidays: string[];
  workdays: string[];
  createdByName: string;
  createdAt: Date;
};

export type BureauCorrection = {
  date: string;
  kind: "OFF" | "WORK";
  noticeName: string;
  noticeNumber: string;
  note: string;
  version: number;
  correctedByName: string;
  correctedAt: Date;
};

export type CalendarSources = { library: LibraryCalendar; years: BureauYear[]; corrections: BureauCorrection[] };

export type DaySource = "library" | "bureauYear" | "correction";

/** A day that is not an ordinary weekday or weekend: a day off, an adjusted working day, or a corrected day. */
export type SpecialDay = {
  date: string;
  off: boolean;
  /** Festival name (library) or the notice's name (bureau). */
  name: string;
  noticeNumber: string | null;
  source: DaySource;
  correction: BureauCorrection | null;
  /** What the day was before the correction, when corrected: off, or not. */
  offBeforeCorrection: boolean | null;
};

function baseDays(sources: CalendarSources, year: number): SpecialDay[] {
  const bureau = sources.years.find((y) => y.year === year);
  const day = (date: string, off: boolean): SpecialDay =>
    bureau
      ? { date, off, name: bureau.noticeName, noticeNumber: bureau.noticeNumber, source: "bureauYear", correction: null, offBeforeCorrection: null }
      : { date, off, name: sources.library.festivals[date] ?? "", noticeNumber: null, source: "library", correction: null, offBeforeCorrection: null };
  const inYear = (date: string) => date.startsWith(`${year}-`);
  const holidays = bureau ? bureau.holidays : sources.library.holidays.filter(inYear);
  const workdays = bureau ? bureau.workdays : sources.library.workdays.filter(inYear);
  return [...holidays.map((date) => day(date, true)), ...workdays.map((date) => day(date, false))];
}

export function coveredYears(sources: CalendarSources): number[] {
  return [...new Set([...sources.library.years, ...sources.years.map((y) => y.year)])].sort((a, b) => a - b);
}

/** The special days of one year, in date order, with where each comes from. */
export function specialDaysOf(sources: CalendarSources, year: number): SpecialDay[] {
  const days = new Map(baseDays(sources, year).map((day) => [day.date, day]));
  for (const correction of sources.corrections) {
    if (yearOf(correction.date) !== year) continue;
    const before = days.get(correction.date);
    days.set(correction.date, {
      date: correction.date,
      off: correction.kind === "OFF",
      name: correction.noticeName,
      noticeNumber: correction.noticeNumber,
      source: "correction",
      correction,
      offBeforeCorrection: before ? before.off : isWeekend(correction.date),
    });
  }
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** The calendar every working-day question is answered from. */
export function mergeCalendar(sources: CalendarSources): CalendarData {
  const years = coveredYears(sources);
  const holidays: string[] = [];
  const workdays: string[] = [];
  for (const year of years) {
    for (const day of specialDaysOf(sources, year)) {
      if (day.off) holidays.push(day.date);
      // A weekday set to 上班 is an ordinary working day once it is no longer a day off.
      else if (isWeekend(day.date)) workdays.push(day.date);
    }
  }
  return { years, holidays, workdays };
}
