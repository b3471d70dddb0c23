import "server-only";
import { loadCalendar } from "@/lib/calendar/load-calendar";
import type { CalendarData } from "@/lib/calendar/working-days";

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
