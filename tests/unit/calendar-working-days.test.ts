import { describe, expect, it } from "vitest";
import { libraryCalendar } from "@/lib/calendar/library-calendar";
import {
  addDays,
  CalendarYearMissing,
  dayKind,
  isPlainDate,
  isWorkday,
  publicityEndDate,
  weekday,
  type CalendarData,
} from "@/lib/calendar/working-days";
import { ADJUSTED_WORKDAYS, NOTICES, PUBLICITY_EXAMPLES, type FestivalNotice } from "./calendar-notices";
import { useServerZone } from "./server-zone";

const calendar = libraryCalendar();

/** Every day from first to last, stepping with the test's own UTC arithmetic. */
function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let at = Date.parse(`${first}T00:00:00Z`); at <= Date.parse(`${last}T00:00:00Z`); at += 86_400_000) {
    days.push(new Date(at).toISOString().slice(0, 10));
  }
  return days;
}

const utcWeekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/** The notice's own answer near the festival: its adjusted days work, its days off rest, otherwise Monday to Friday. */
function noticeSaysWorkday(date: string, notice: FestivalNotice): boolean {
  if (notice.adjusted.includes(date)) return true;
  if (daysBetween(...notice.off).includes(date)) return false;
  return utcWeekday(date) >= 1 && utcWeekday(date) <= 5;
}

/** Counting by the notice alone, for starts from three days before the festival (nothing else is off in that span). */
function noticeEndDate(start: string, workingDays: number, notice: FestivalNotice): string {
  let day = start;
  for (let counted = 0; ; day = daysBetween(day, addDays(day, 1))[1]) {
    if (noticeSaysWorkday(day, notice) && ++counted === workingDays) return day;
  }
}

const zones = ["Asia/Shanghai", "America/New_York"];

describe.each(zones)("工作日日历（服务器时区 %s）", (zone) => {
  useServerZone(zone);

  it("is west of UTC in New York, where the library's own date parsing goes wrong", () => {
    expect(new Date(2024, 0, 1).getTimezoneOffset()).toBe(zone === "Asia/Shanghai" ? -480 : 300);
  });

  it("covers every year from 2004 to the last notice shipped", () => {
    expect(calendar.years).toEqual(NOTICES.map((notice) => notice.year));
  });

  describe.each(NOTICES)("$year", ({ year, springFestival, nationalDay }) => {
    describe.each([
      ["春节", springFestival],
      ["国庆节", nationalDay],
    ] as const)("%s", (_name, notice) => {
      it("rests on every day off of the notice", () => {
        for (const day of daysBetween(...notice.off)) {
          expect({ day, workday: isWorkday(day, calendar) }).toEqual({ day, workday: false });
          expect(dayKind(day, calendar)).toBe("holiday");
        }
      });

      it("works on its adjusted weekend days (调休上班)", () => {
        for (const day of notice.adjusted) {
          expect([0, 6]).toContain(utcWeekday(day));
          expect({ day, workday: isWorkday(day, calendar) }).toEqual({ day, workday: true });
          expect(dayKind(day, calendar)).toBe("adjusted-workday");
        }
      });

      it("ends 1, 5 and 7 working-day publicities where the notice does", () => {
        for (const start of daysBetween(addDays(notice.off[0], -3), addDays(notice.off[1], 3))) {
          for (const workingDays of [1, 5, 7]) {
            expect({ start, workingDays, end: publicityEndDate(start, workingDays, calendar) }).toEqual({
              start,
              workingDays,
              end: noticeEndDate(start, workingDays, notice),
            });
          }
        }
      });
    });

    it(`has ${year}'s ordinary weekdays and weekends`, () => {
      // The second week of March is never part of a festival or its adjusted days.
      const firstMonday = daysBetween(`${year}-03-08`, `${year}-03-14`).find((day) => utcWeekday(day) === 1)!;
      const week = daysBetween(firstMonday, addDays(firstMonday, 6));
      expect(week.map((day) => isWorkday(day, calendar))).toEqual([true, true, true, true, true, false, false]);
    });
  });

  it("works on exactly the notices' adjusted weekend days, every festival of every year, and rests on every other weekend", () => {
    const adjusted = new Set(Object.values(ADJUSTED_WORKDAYS).flat());
    for (const { year } of NOTICES) {
      const worked = daysBetween(`${year}-01-01`, `${year}-12-31`).filter((day) => [0, 6].includes(utcWeekday(day)) && isWorkday(day, calendar));
      expect({ year, worked }).toEqual({ year, worked: [...adjusted].filter((day) => day.startsWith(`${year}-`)).sort() });
    }
  });

  it("ends real publicities on the day counted by hand", () => {
    for (const [start, workingDays, end] of PUBLICITY_EXAMPLES) {
      expect({ start, end: publicityEndDate(start, workingDays, calendar) }).toEqual({ start, end });
    }
  });

  it("refuses a year without data, naming it, and never guesses", () => {
    expect(() => isWorkday("2027-03-01", calendar)).toThrow(CalendarYearMissing);
    expect(() => isWorkday("2003-12-31", calendar)).toThrow("暂无2003年的节假日安排数据");
    expect(() => publicityEndDate("2026-12-28", 5, calendar)).toThrow(
      "暂无2027年的节假日安排数据，请省人社厅在“节假日管理”中补充后再试",
    );
  });

  it("refuses impossible dates and counts", () => {
    expect(() => isWorkday("2024-02-30", calendar)).toThrow("“2024-02-30”不是有效日期");
    expect(() => isWorkday("2024-2-3", calendar)).toThrow("不是有效日期");
    expect(() => publicityEndDate("2024-09-30", 0, calendar)).toThrow(RangeError);
    expect(() => publicityEndDate("2024-09-30", 2.5, calendar)).toThrow(RangeError);
  });
});

describe("纯日期运算", () => {
  it("steps over month, leap-day and year ends", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2024-12-31", 1)).toBe("2025-01-01");
    expect(addDays("2025-01-01", -1)).toBe("2024-12-31");
  });

  it("knows the weekday of any day", () => {
    expect(weekday("1970-01-01")).toBe(4);
    expect(weekday("2024-10-12")).toBe(6);
    expect(weekday("1969-12-28")).toBe(0);
  });

  it("accepts only real YYYY-MM-DD days", () => {
    expect(isPlainDate("2024-02-29")).toBe(true);
    expect(isPlainDate("2023-02-29")).toBe(false);
    expect(isPlainDate("0099-01-01")).toBe(false);
    expect(isPlainDate("2024-13-01")).toBe(false);
    expect(isPlainDate("20240101")).toBe(false);
  });

  it("lets corrections decide a day: a day off beats the weekday rule, an adjusted day beats the weekend", () => {
    const data: CalendarData = { years: [2027], holidays: ["2027-01-01"], workdays: ["2027-01-02"] };
    expect(isWorkday("2027-01-01", data)).toBe(false);
    expect(isWorkday("2027-01-02", data)).toBe(true);
    expect(isWorkday("2027-01-03", data)).toBe(false);
    expect(publicityEndDate("2027-01-01", 2, data)).toBe("2027-01-04");
  });
});
