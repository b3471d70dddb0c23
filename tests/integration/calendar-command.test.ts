import { spawnSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";

// `npm run calendar`, run as a user runs it, in a child process under each server time zone.

function calendar(args: string[], env: { TZ: string; DATABASE_URL?: string }) {
  const { DATABASE_URL: _unused, ...rest } = process.env;
  const result = spawnSync("tsx", ["scripts/calendar.ts", ...args], { env: { ...rest, ...env }, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe.each(["Asia/Shanghai", "America/New_York"])("calendar 命令（TZ=%s）", (TZ) => {
  it("prints a publicity's end date and whether a day is worked, from the shipped notices", () => {
    expect(calendar(["end-date", "2024-09-30", "5"], { TZ })).toEqual({ status: 0, stdout: "2024-10-11\n", stderr: "" });
    expect(calendar(["is-workday", "2024-10-12"], { TZ }).stdout).toBe("true\n");
    expect(calendar(["is-workday", "2024-10-13"], { TZ }).stdout).toBe("false\n");
    // The Monday after Spring Festival, which the library's own date parsing calls a day off west of UTC.
    expect(calendar(["is-workday", "2024-02-19"], { TZ }).stdout).toBe("true\n");
  });

  it("names a year without data and fails; explains its use when called wrongly", () => {
    expect(calendar(["end-date", "2099-12-28", "5"], { TZ })).toMatchObject({ status: 1, stdout: "", stderr: expect.stringContaining("暂无2099年的节假日安排数据") });
    expect(calendar(["end-date", "2024-09-30"], { TZ })).toMatchObject({ status: 2, stderr: expect.stringContaining("用法") });
    expect(calendar(["is-workday", "2024-13-01"], { TZ })).toMatchObject({ status: 1, stderr: expect.stringContaining("不是有效日期") });
  });
});

describe("calendar 命令与数据库", () => {
  beforeAll(async () => {
    await db.calendarCorrection.deleteMany({ where: { date: { startsWith: "2098" } } });
    await db.calendarYear.deleteMany({ where: { year: 2098 } });
    await db.calendarYear.create({
      data: {
        year: 2098,
        noticeName: "国务院办公厅关于2098年部分节假日安排的通知",
        noticeNumber: "国办发明电〔2097〕1号",
        holidays: ["2098-01-01", "2098-01-02"],
        workdays: ["2098-01-04"],
        createdById: "test",
        createdByName: "测试",
      },
    });
    await db.calendarCorrection.create({
      data: { date: "2098-01-06", kind: "OFF", noticeName: "补充通知", noticeNumber: "黔人社通〔2098〕1号", note: "测试", correctedById: "test", correctedByName: "测试" },
    });
  });

  it("with DATABASE_URL also applies the bureau's years and corrections", () => {
    const DATABASE_URL = process.env.DATABASE_URL;
    // 2098-01-01 is a Wednesday: off 1–2 Jan; Friday 3 and Saturday 4 (adjusted) worked; Monday 6 corrected to off; Tuesday 7.
    expect(calendar(["end-date", "2098-01-01", "3"], { TZ: "America/New_York", DATABASE_URL }).stdout).toBe("2098-01-07\n");
    expect(calendar(["is-workday", "2098-01-04"], { TZ: "America/New_York", DATABASE_URL }).stdout).toBe("true\n");
    expect(calendar(["is-workday", "2098-01-04"], { TZ: "Asia/Shanghai" })).toMatchObject({ status: 1, stderr: expect.stringContaining("暂无2098年") });
  });
});
