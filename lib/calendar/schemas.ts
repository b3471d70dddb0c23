import { z } from "zod";
import { multilineTextField, plainDateField, textField } from "@/lib/validation/fields";
import { plainDateProblem } from "@/lib/validation/dates";
import { addDays, isWeekend, weekday } from "./working-days";

// 节假日管理 forms: one schema each for the form and the action.

const WEEKDAY_NAMES = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];
export const weekdayName = (date: string) => WEEKDAY_NAMES[weekday(date)];

/** Longest span one range may cover; the longest holiday so far (2020's Spring Festival) was 10 days. */
const MAX_RANGE_DAYS = 31;

/**
 * Dates as typed in a text box: `2027-02-06`, or a range `2027-02-06至2027-02-12` (also `~`), separated by new lines,
 * spaces, commas or 、. Returns the sorted distinct days, or the first problem in words.
 */
export function parseDateList(text: string): { days: string[] } | { error: string } {
  const items = text
    .replace(/\s*(至|~|～)\s*/g, "至")
    .split(/[\s,，、;；]+/)
    .filter(Boolean);
  const days = new Set<string>();
  for (const item of items) {
    const [first, last, extra] = item.split("至");
    if (extra !== undefined || plainDateProblem(first, "") !== null || (last !== undefined && plainDateProblem(last, "") !== null)) {
      return { error: `“${item}”不是有效日期，应为 YYYY-MM-DD 或 YYYY-MM-DD至YYYY-MM-DD` };
    }
    const end = last ?? first;
    if (end < first) return { error: `“${item}”的结束日期早于开始日期` };
    if (end > addDays(first, MAX_RANGE_DAYS - 1)) return { error: `“${item}”超过${MAX_RANGE_DAYS}天，请分段填写` };
    for (let day = first; day <= end; day = addDays(day, 1)) days.add(day);
  }
  return { days: [...days].sort() };
}

// Too long a list aborts: the year's cross-checks below read the parsed lists, never the text.
const dateList = (label: string) =>
  multilineTextField().max(4000, { message: `${label}过长，请分段填写（不超过4000个字符）`, abort: true }).transform((text, ctx) => {
    const parsed = parseDateList(text);
    if ("error" in parsed) {
      ctx.addIssue({ code: "custom", message: `${label}：${parsed.error}` });
      return z.NEVER;
    }
    return parsed.days;
  });

const noticeFields = {
  noticeName: textField().trim().min(1, "请填写通知名称").max(100, "通知名称不能超过100个字"),
  noticeNumber: textField().trim().min(1, "请填写文号").max(50, "文号不能超过50个字"),
};

/** 新增年度: a whole year's arrangement as its notice gives it. */
export const calendarYearSchema = z
  .object({
    year: z.preprocess(
      (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
      z.coerce.number("请填写年度").int("年度不正确").min(2004, "年度不正确").max(2100, "年度不正确"),
    ),
    ...noticeFields,
    holidays: dateList("放假日期"),
    workdays: dateList("调休上班日期"),
  })
  .superRefine((value, ctx) => {
    const outside = (days: string[]) => days.find((day) => !day.startsWith(`${value.year}-`));
    if (value.holidays.length === 0) ctx.addIssue({ code: "custom", path: ["holidays"], message: "请填写放假日期" });
    const holidayOutside = outside(value.holidays);
    if (holidayOutside) ctx.addIssue({ code: "custom", path: ["holidays"], message: `放假日期：${holidayOutside}不在${value.year}年内` });
    const workdayOutside = outside(value.workdays);
    if (workdayOutside) ctx.addIssue({ code: "custom", path: ["workdays"], message: `调休上班日期：${workdayOutside}不在${value.year}年内` });
    const weekdayWorked = value.workdays.find((day) => !isWeekend(day));
    if (weekdayWorked) {
      ctx.addIssue({ code: "custom", path: ["workdays"], message: `调休上班日期：${weekdayWorked}是${weekdayName(weekdayWorked)}，调休上班日应为周六或周日` });
    }
    const both = value.workdays.find((day) => value.holidays.includes(day));
    if (both) ctx.addIssue({ code: "custom", path: ["workdays"], message: `${both}不能既放假又上班` });
  });

export type CalendarYearInput = z.input<typeof calendarYearSchema>;
export type CalendarYearValues = z.output<typeof calendarYearSchema>;

export const DAY_KIND_LABELS = { OFF: "放假", WORK: "上班" } as const;

/** 修正: one day set to 放假 or 上班; `version` is that of the correction the form showed (0: none). */
export const calendarCorrectionSchema = z.object({
  date: plainDateField("请选择日期"),
  kind: z.enum(["OFF", "WORK"], "请选择修正为放假或上班"),
  ...noticeFields,
  note: textField().trim().min(1, "请填写修正说明").max(200, "修正说明不能超过200个字"),
  version: z.coerce.number().int().min(0).max(1_000_000).catch(0),
});

export type CalendarCorrectionInput = z.input<typeof calendarCorrectionSchema>;
export type CalendarCorrectionValues = z.output<typeof calendarCorrectionSchema>;

/** 撤销修正: the correction as the list showed it. */
export const calendarRevokeSchema = z.object({
  date: plainDateField("请选择日期"),
  version: z.coerce.number().int().min(1).max(1_000_000),
});

export type CalendarRevokeValues = z.output<typeof calendarRevokeSchema>;
