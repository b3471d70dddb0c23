import "server-only";
import { loadCalendar } from "@/lib/calendar/load-calendar";
import type { CalendarData } from "@/lib/calendar/working-days";

/** The calendar years a publicity form may need (last year to next), small enough to send to the browser. */
export async function publicityCalendar(today: string): Promise<CalendarData> {
  const year = Number(today.slice(0, 4));
  const wanted = (date: string) => Math.abs(Number(date.slice(0, 4)) - year) <= 1;
  const all = await loadCalendar();
  return {
    years: all.years.filter((y) => Math.abs(y - year) <= 1),
    holidays: all.holidays.filter(wanted),
    workdays: all.workdays.filter(wanted),
  };
}
