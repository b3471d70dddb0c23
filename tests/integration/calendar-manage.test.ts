import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/action";
import { addCalendarYear } from "@/lib/calendar/add-calendar-year";
import { correctCalendarDay } from "@/lib/calendar/correct-calendar-day";
import { revokeCalendarCorrection } from "@/lib/calendar/revoke-calendar-correction";
import { listCalendarDays } from "@/lib/calendar/list-calendar-days";
import { listCalendarYears } from "@/lib/calendar/list-calendar-years";
import { loadCalendar } from "@/lib/calendar/load-calendar";
import { calendarCorrectionSchema, calendarYearSchema, type CalendarCorrectionInput } from "@/lib/calendar/schemas";
import { isWorkday, publicityEndDate } from "@/lib/calendar/working-days";
import { createPerson, createUnit } from "@/prisma/seed/factories";
import { IP, actorOf } from "./declarations-fixtures";

// The calendar tables are shared by the whole database: this file works only in years 2090–2097 (2098–2099 belong to
// calendar-command.test.ts), far from any real publicity another test might count, and clears them first so a reused
// TEST_DATABASE_URL starts clean.

async function staff(opts: { kind?: "HR_BUREAU" | "ENTERPRISE"; regionCode?: string; role?: "UNIT_HANDLER" | "UNIT_ADMIN" } = {}) {
  const unit = await createUnit(db, { kind: opts.kind ?? "HR_BUREAU", regionCode: opts.regionCode ?? "520000" });
  return actorOf((await createPerson(db, { unitId: unit.id, roles: [opts.role ?? "UNIT_HANDLER"] })).id);
}

/** A year's notice shaped like the real ones: 元旦 and a National Day week, with the first weekend day after it worked. */
function notice(year: number) {
  let adjusted = Date.UTC(year, 9, 8);
  while (![0, 6].includes(new Date(adjusted).getUTCDay())) adjusted += 86_400_000;
  return {
    year: String(year),
    noticeName: `国务院办公厅关于${year}年部分节假日安排的通知`,
    noticeNumber: `国办发明电〔${year - 1}〕9号`,
    holidays: `${year}-01-01\n${year}-10-01至${year}-10-07`,
    workdays: new Date(adjusted).toISOString().slice(0, 10),
  };
}

const correction = (date: string, kind: "OFF" | "WORK", version = 0): CalendarCorrectionInput => ({
  date,
  kind,
  noticeName: "关于调整节假日安排的补充通知",
  noticeNumber: "黔人社通〔2090〕1号",
  note: "按补充通知调整",
  version,
});

beforeAll(async () => {
  await db.calendarCorrection.deleteMany({ where: { date: { gte: "2090-01-01", lte: "2097-12-31" } } });
  await db.calendarYear.deleteMany({ where: { year: { gte: 2090, lte: 2097 } } });
});

describe("节假日管理：新增年度", () => {
  it("the province bureau's handler adds a year the library lacks; the calendar then answers for it; audited", async () => {
    const actor = await staff();
    expect(() => publicityEndDate("2090-09-29", 5, { years: [], holidays: [], workdays: [] })).toThrow("暂无2090年");
    await expect(loadCalendar().then((c) => isWorkday("2090-10-09", c))).rejects.toThrow("暂无2090年的节假日安排数据");

    const input = notice(2090);
    await addCalendarYear({ actor, ip: IP, input: calendarYearSchema.parse(input) });

    const calendar = await loadCalendar();
    expect(calendar.years).toContain(2090);
    expect(isWorkday("2090-10-02", calendar)).toBe(false);
    expect(isWorkday(input.workdays, calendar)).toBe(true);
    // 2090-09-29 is a Friday: day 1; then Oct 8 (Sun, worked), 9, 10, 11.
    expect(input.workdays).toBe("2090-10-08");
    expect(publicityEndDate("2090-09-29", 5, calendar)).toBe("2090-10-11");

    const saved = await db.calendarYear.findUniqueOrThrow({ where: { year: 2090 } });
    expect(saved).toMatchObject({ noticeNumber: "国办发明电〔2089〕9号", createdById: actor.userId, createdByName: actor.name });
    expect(saved.holidays).toHaveLength(8);
    expect(await db.auditLog.count({ where: { entityType: "CalendarYear", entityId: "2090", action: "新增节假日年度" } })).toBe(1);

    const { rows } = await listCalendarYears({ actor, query: { q: "国办发明电〔2089〕", page: 1 } });
    expect(rows).toEqual([expect.objectContaining({ year: 2090, daysOff: 8, adjustedWorkdays: 1, corrections: 0 })]);
  });

  it("refuses a year the shipped notices already cover, next to the year", async () => {
    const actor = await staff();
    const res = await runAction(calendarYearSchema, { ...notice(2024), holidays: "2024-01-01", workdays: "" }, (input) =>
      addCalendarYear({ actor, ip: IP, input }),
    );
    expect(res).toMatchObject({ ok: false, fieldErrors: { year: expect.stringContaining("已包含2024年的安排") } });
    expect(await db.calendarYear.count({ where: { year: 2024 } })).toBe(0);
  });

  it("of two adding one year at once, exactly one wins and the other is told", async () => {
    const [a, b] = [await staff(), await staff()];
    const input = calendarYearSchema.parse(notice(2091));
    const results = await Promise.allSettled([addCalendarYear({ actor: a, ip: IP, input }), addCalendarYear({ actor: b, ip: IP, input })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason.message).toBe("2091年的节假日安排已新增，如有出入请逐日“修正”");
    expect(await db.auditLog.count({ where: { entityType: "CalendarYear", entityId: "2091" } })).toBe(1);
  });

  it.each([
    ["a city bureau's handler", { regionCode: "520100" }],
    ["the province bureau's admin", { role: "UNIT_ADMIN" as const }],
    ["an enterprise's handler", { kind: "ENTERPRISE" as const, regionCode: "520100" }],
  ])("refuses %s, saving nothing", async (_who, opts) => {
    const actor = await staff(opts);
    await expect(addCalendarYear({ actor, ip: IP, input: calendarYearSchema.parse(notice(2092)) })).rejects.toThrow("您没有权限执行此操作");
    await expect(listCalendarYears({ actor, query: { page: 1 } })).rejects.toThrow("您没有权限执行此操作");
    expect(await db.calendarYear.count({ where: { year: 2092 } })).toBe(0);
  });

  it.each([
    ["a date that does not exist", { holidays: "2093-02-30" }, "holidays", "放假日期：“2093-02-30”不是有效日期"],
    ["a day of another year", { holidays: "2093-01-01\n2092-12-31" }, "holidays", "放假日期：2092-12-31不在2093年内"],
    ["a weekday as adjusted working day", { workdays: "2093-10-12" }, "workdays", "2093-10-12是星期一，调休上班日应为周六或周日"],
    ["a range backwards", { holidays: "2093-10-07至2093-10-01" }, "holidays", "结束日期早于开始日期"],
    ["no day off", { holidays: " " }, "holidays", "请填写放假日期"],
    ["no 文号", { noticeNumber: "  " }, "noticeNumber", "请填写文号"],
    ["no year", { year: " " }, "year", "请填写年度"],
    ["a day both off and worked", { holidays: "2093-10-10", workdays: "2093-10-10" }, "workdays", "2093-10-10不能既放假又上班"],
  ])("refuses %s next to its field, saving nothing", async (_what, change, field, message) => {
    const actor = await staff();
    const res = await runAction(calendarYearSchema, { ...notice(2093), ...change }, (input) => addCalendarYear({ actor, ip: IP, input }));
    expect(res.ok).toBe(false);
    expect(res.fieldErrors?.[field]).toContain(message);
    expect(await db.calendarYear.count({ where: { year: 2093 } })).toBe(0);
  });
});

describe("节假日管理：修正", () => {
  it("corrects a day of a year; the correction wins, shows in the list and is audited", async () => {
    const actor = await staff();
    await addCalendarYear({ actor, ip: IP, input: calendarYearSchema.parse(notice(2094)) });
    // 2094-10-08 is a Friday after the National Day week; a supplementary notice gives it off.
    await correctCalendarDay({ actor, ip: IP, input: calendarCorrectionSchema.parse(correction("2094-10-08", "OFF")) });
    const calendar = await loadCalendar();
    expect(isWorkday("2094-10-08", calendar)).toBe(false);
    expect(publicityEndDate("2094-09-30", 2, calendar)).toBe("2094-10-09");

    const { rows } = await listCalendarDays({ actor, year: 2094, query: { q: "黔人社通", page: 1 } });
    expect(rows).toEqual([expect.objectContaining({ date: "2094-10-08", off: true, source: "correction", offBeforeCorrection: false })]);
    expect(await db.auditLog.count({ where: { entityType: "CalendarCorrection", entityId: "2094-10-08", action: "修正节假日" } })).toBe(1);

    // Corrected again by one who saw the correction: 上班 once more.
    await correctCalendarDay({ actor, ip: IP, input: calendarCorrectionSchema.parse(correction("2094-10-08", "WORK", 1)) });
    expect(isWorkday("2094-10-08", await loadCalendar())).toBe(true);
    expect(await db.calendarCorrection.findUniqueOrThrow({ where: { date: "2094-10-08" } })).toMatchObject({ kind: "WORK", version: 2 });
  });

  it("a correction made from a stale view is refused, naming who corrected it", async () => {
    const [a, b] = [await staff(), await staff()];
    await addCalendarYear({ actor: a, ip: IP, input: calendarYearSchema.parse(notice(2095)) });
    await correctCalendarDay({ actor: a, ip: IP, input: calendarCorrectionSchema.parse(correction("2095-10-10", "OFF")) });
    await expect(
      correctCalendarDay({ actor: b, ip: IP, input: calendarCorrectionSchema.parse(correction("2095-10-10", "WORK")) }),
    ).rejects.toThrow(`该日期已由${a.name}于`);
    expect(await db.calendarCorrection.findUniqueOrThrow({ where: { date: "2095-10-10" } })).toMatchObject({ kind: "OFF", version: 1 });
  });

  it("of two correcting one day at once, exactly one wins and the other is told", async () => {
    const [a, b] = [await staff(), await staff()];
    await addCalendarYear({ actor: a, ip: IP, input: calendarYearSchema.parse(notice(2096)) });
    for (const version of [0, 1]) {
      const input = calendarCorrectionSchema.parse(correction("2096-10-11", version === 0 ? "OFF" : "WORK", version));
      const results = await Promise.allSettled([correctCalendarDay({ actor: a, ip: IP, input }), correctCalendarDay({ actor: b, ip: IP, input })]);
      expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
      expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason.message).toMatch(/该日期.*请刷新后核对再修正/);
    }
    expect(await db.auditLog.count({ where: { entityType: "CalendarCorrection", entityId: "2096-10-11" } })).toBe(2);
  });

  it("refuses a day of a year without data, a change that changes nothing, and bad input — next to the field", async () => {
    const actor = await staff();
    const run = (input: Partial<CalendarCorrectionInput>) =>
      runAction(calendarCorrectionSchema, { ...correction("2093-03-02", "OFF"), ...input }, (data) => correctCalendarDay({ actor, ip: IP, input: data }));
    expect(await run({})).toMatchObject({ ok: false, fieldErrors: { date: "2093年尚无节假日安排，请先“新增年度”" } });
    expect(await run({ date: "2024-10-01" })).toMatchObject({ ok: false, fieldErrors: { kind: "2024-10-01本来就是放假日，无需修正" } });
    expect(await run({ date: "2024-10-12", kind: "WORK" })).toMatchObject({ ok: false, fieldErrors: { kind: "2024-10-12本来就是工作日，无需修正" } });
    expect(await run({ date: "2093-02-29" })).toMatchObject({ ok: false, fieldErrors: { date: "请选择日期" } });
    expect(await run({ kind: "HALF" as never, note: "" })).toMatchObject({
      ok: false,
      fieldErrors: { kind: "请选择修正为放假或上班", note: "请填写修正说明" },
    });
    expect(await db.calendarCorrection.count({ where: { OR: [{ date: { startsWith: "2093" } }, { date: { startsWith: "2024" } }] } })).toBe(0);
  });

  it("撤销修正 gives the day back to the notice; a revocation from a stale view or by anyone else is refused", async () => {
    const actor = await staff();
    await addCalendarYear({ actor, ip: IP, input: calendarYearSchema.parse(notice(2097)) });
    await correctCalendarDay({ actor, ip: IP, input: calendarCorrectionSchema.parse(correction("2097-10-02", "WORK")) });
    await correctCalendarDay({ actor, ip: IP, input: calendarCorrectionSchema.parse(correction("2097-10-02", "WORK", 1)) });
    expect(isWorkday("2097-10-02", await loadCalendar())).toBe(true);

    const outsider = await staff({ regionCode: "520100" });
    await expect(revokeCalendarCorrection({ actor: outsider, ip: IP, input: { date: "2097-10-02", version: 2 } })).rejects.toThrow("您没有权限执行此操作");
    await expect(revokeCalendarCorrection({ actor, ip: IP, input: { date: "2097-10-02", version: 1 } })).rejects.toThrow(
      "该修正已被他人更改或撤销，请刷新后核对",
    );
    expect(isWorkday("2097-10-02", await loadCalendar())).toBe(true);

    await revokeCalendarCorrection({ actor, ip: IP, input: { date: "2097-10-02", version: 2 } });
    expect(isWorkday("2097-10-02", await loadCalendar())).toBe(false);
    expect(await db.calendarCorrection.count({ where: { date: "2097-10-02" } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "CalendarCorrection", entityId: "2097-10-02", action: "撤销节假日修正" } });
    expect(audit.detail).toMatchObject({ kind: "WORK", version: 2, noticeNumber: "黔人社通〔2090〕1号" });
  });

  it("refuses anyone but the province bureau's handlers", async () => {
    const actor = await staff({ regionCode: "520100" });
    await expect(
      correctCalendarDay({ actor, ip: IP, input: calendarCorrectionSchema.parse(correction("2090-10-09", "OFF")) }),
    ).rejects.toThrow("您没有权限执行此操作");
    await expect(listCalendarDays({ actor, year: 2090, query: { page: 1 } })).rejects.toThrow("您没有权限执行此操作");
    expect(await db.calendarCorrection.count({ where: { date: "2090-10-09" } })).toBe(0);
  });
});
