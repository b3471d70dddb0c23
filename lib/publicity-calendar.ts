import "server-only";
import { invalid } from "@/lib/errors";
import { loadCalendar } from "@/lib/calendar/load-calendar";
import { CalendarYearMissing, publicityEndDate, type CalendarData } from "@/lib/calendar/working-days";

// 申报公示 and 评审结果公示 run on the same working-day calendar.

/** The calendar years a publicity form may need (two years back, for a notice posted late, to next year), small enough to send to the browser. */
export async function publicityCalendar(today: string): Promise<CalendarData> {
  const year = Number(today.slice(0, 4));
  const near = (y: number) => y >= year - 2 && y <= year + 1;
  const wanted = (date: string) => near(Number(date.slice(0, 4)));
  const all = await loadCalendar();
  return {
    years: all.years.filter(near),
    holidays: all.holidays.filter(wanted),
    workdays: all.workdays.filter(wanted),
  };
}

/** The end date of a publicity on the working-day calendar; a year without data is the start date's field error. */
export async function computeEndDate(startDate: string, workingDays: number) {
  try {
    return publicityEndDate(startDate, workingDays, await loadCalendar());
  } catch (e) {
    if (e instanceof CalendarYearMissing) throw invalid(e.message, "startDate");
    throw e;
  }
}
