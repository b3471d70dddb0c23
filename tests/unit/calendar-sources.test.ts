import { describe, expect, it } from "vitest";
import { coveredYears, mergeCalendar, specialDaysOf, type BureauCorrection, type CalendarSources } from "@/lib/calendar/calendar-sources";
import { libraryCalendar } from "@/lib/calendar/library-calendar";
import { parseDateList } from "@/lib/calendar/schemas";
import { dayKind, isWorkday, publicityEndDate } from "@/lib/calendar/working-days";

const at = new Date("2026-11-20T02:00:00Z");
const fix = (date: string, kind: "OFF" | "WORK"): BureauCorrection => ({
  date,
  kind,
  noticeName: "补充通知",
  noticeNumber: "黔人社通〔2026〕1号",
  note: "按补充通知",
  version: 1,
  correctedByName: "陈专技",
  correctedAt: at,
});

const sources = (over: Partial<CalendarSources> = {}): CalendarSources => ({ library: libraryCalendar(), years: [], corrections: [], ...over });

describe("日历来源：修正优先于新增年度，新增年度优先于随程序发布的数据", () => {
  it("with nothing from the bureau, is the library's calendar", () => {
    const merged = mergeCalendar(sources());
    expect(merged.years).toEqual(libraryCalendar().years);
    expect(publicityEndDate("2024-09-30", 5, merged)).toBe("2024-10-11");
  });

  it("a year the bureau entered is covered and replaces the library's days of that year", () => {
    const merged = mergeCalendar(
      sources({
        years: [
          { year: 2027, noticeName: "通知", noticeNumber: "国办发明电〔2026〕1号", holidays: ["2027-01-01"], workdays: [], createdByName: "陈专技", createdAt: at },
          { year: 2026, noticeName: "更正后的通知", noticeNumber: "国办发明电〔2025〕99号", holidays: ["2026-10-01"], workdays: [], createdByName: "陈专技", createdAt: at },
        ],
      }),
    );
    expect(merged.years.at(-1)).toBe(2027);
    expect(isWorkday("2027-01-01", merged)).toBe(false);
    expect(isWorkday("2027-01-04", merged)).toBe(true);
    // The library's 2026 National Day week and its adjusted Saturday are gone; the bureau's one day remains.
    expect(isWorkday("2026-10-01", merged)).toBe(false);
    expect(isWorkday("2026-10-02", merged)).toBe(true);
    expect(isWorkday("2026-10-10", merged)).toBe(false);
    expect(isWorkday("2025-10-02", merged)).toBe(false);
  });

  it("a correction wins: a weekday holiday set to 上班 is an ordinary working day, an adjusted Saturday set to 放假 rests", () => {
    const merged = mergeCalendar(sources({ corrections: [fix("2024-10-07", "WORK"), fix("2024-10-12", "OFF"), fix("2024-10-14", "OFF")] }));
    expect(dayKind("2024-10-07", merged)).toBe("workday");
    expect(dayKind("2024-10-12", merged)).toBe("holiday");
    expect(dayKind("2024-10-14", merged)).toBe("holiday");
    // 09-30, 10-07, 10-08, 10-09, 10-10, 10-11; then 10-12 to 10-14 rest.
    expect(publicityEndDate("2024-09-30", 5, merged)).toBe("2024-10-10");
    expect(publicityEndDate("2024-09-30", 7, merged)).toBe("2024-10-15");
  });

  it("lists a year's days with where each comes from and what a corrected day was before", () => {
    const days = specialDaysOf(sources({ corrections: [fix("2024-10-12", "OFF"), fix("2024-10-14", "OFF")] }), 2024);
    expect(days.find((d) => d.date === "2024-10-01")).toMatchObject({ off: true, name: "国庆节", source: "library", noticeNumber: null });
    expect(days.find((d) => d.date === "2024-10-12")).toMatchObject({ off: true, source: "correction", offBeforeCorrection: false });
    expect(days.find((d) => d.date === "2024-10-14")).toMatchObject({ off: true, source: "correction", offBeforeCorrection: false });
    expect(days.map((d) => d.date)).toEqual([...days.map((d) => d.date)].sort());
  });

  it("a correction alone does not make a year covered", () => {
    const all = sources({ corrections: [fix("2030-01-01", "OFF")] });
    expect(coveredYears(all)).not.toContain(2030);
    expect(() => isWorkday("2030-01-02", mergeCalendar(all))).toThrow("暂无2030年");
  });
});

describe("新增年度：日期的写法", () => {
  it("reads dates and ranges separated by lines, spaces, commas or 、", () => {
    expect(parseDateList("2027-02-06 至 2027-02-08\n2027-01-01，2027-01-01、2027-05-01~2027-05-02")).toEqual({
      days: ["2027-01-01", "2027-02-06", "2027-02-07", "2027-02-08", "2027-05-01", "2027-05-02"],
    });
    expect(parseDateList("  ")).toEqual({ days: [] });
  });

  it("says what is wrong with an entry", () => {
    expect(parseDateList("2027-1-1")).toEqual({ error: "“2027-1-1”不是有效日期，应为 YYYY-MM-DD 或 YYYY-MM-DD至YYYY-MM-DD" });
    expect(parseDateList("2027-02-06至2027-02-05")).toEqual({ error: "“2027-02-06至2027-02-05”的结束日期早于开始日期" });
    expect(parseDateList("2027-01-01至2027-03-01")).toEqual({ error: "“2027-01-01至2027-03-01”超过31天，请分段填写" });
    expect(parseDateList("2027-01-01至2027-01-02至2027-01-03")).toHaveProperty("error");
  });
});
