import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/refusal";
import { calendarCorrectionSchema, calendarYearSchema } from "@/lib/calendar/schemas";
import { certificateSchema } from "@/lib/certificates/schemas";
import { saveDeclarationSchema } from "@/lib/declarations/schemas";
import { inviteExpertSchema, filingSchema, openVotingSchema } from "@/lib/evaluation/schemas";
import { publicitySchema, verifySchema } from "@/lib/review/schemas";
import { roundSchema } from "@/lib/rounds/schemas";
import { registerPersonSchema } from "@/lib/accounts/schemas";
import { registerUnitSchema } from "@/lib/units/schemas";
import {
  idNumberField,
  listField,
  LONE_SURROGATE_MESSAGE,
  multilineTextField,
  optionalPersonNameField,
  personNameField,
  plainDateField,
  plainDateTimeField,
  textField,
  yearMonthField,
} from "@/lib/validation/fields";
import { YEAR_RANGE_MESSAGE } from "@/lib/validation/dates";
import { isIdRegionCode } from "@/lib/validation/region-code";
import { idNumberFrom } from "@/prisma/seed/identifiers";

/** The field messages of a refused input; fails the test when the input was accepted. */
function refusal(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  expect(result.success, JSON.stringify(input).slice(0, 200)).toBe(false);
  return fieldErrorsOf(result.error!);
}

describe("text fields refuse what PostgreSQL cannot store", () => {
  it.each(["\ud800", "意见\udfff", "a\udbffb", "\udc00\ud800"])("a lone surrogate in %j", (value) => {
    expect(refusal(textField(), value)._form).toBe(LONE_SURROGATE_MESSAGE);
    expect(refusal(multilineTextField(), value)._form).toBe(LONE_SURROGATE_MESSAGE);
  });

  it("keeps characters outside the BMP, written as surrogate pairs", () => {
    expect(textField().parse("𠀀𪚥")).toBe("𠀀𪚥");
    expect(multilineTextField().parse("第一行\n𠮷")).toBe("第一行\n𠮷");
  });

  it("refuses the surrogate before any later rule of the field reads it", () => {
    expect(refusal(idNumberField, "\ud800")._form).toBe(LONE_SURROGATE_MESSAGE);
  });

  it("in an opinion stored as JSON (核验意见)", () => {
    expect(refusal(verifySchema, { id: "d1", version: 1, pass: false, opinion: "材料不全\ud800" }).opinion).toBe(LONE_SURROGATE_MESSAGE);
  });
});

describe("dates stay within the years the platform deals in", () => {
  it.each(["0000-01-01", "0001-01-01", "1899-12-31", "2101-01-01", "9999-12-31"])("%s is refused with the year rule", (day) => {
    expect(refusal(plainDateField("请选择日期"), day)._form).toBe(YEAR_RANGE_MESSAGE);
  });

  it.each(["2027-02-30", "2027-13-01", "2027-1-1", "", "２０２７-01-01"])("%j is not a day", (day) => {
    expect(refusal(plainDateField("请选择日期"), day)._form).toBe("请选择日期");
  });

  it("accepts real days, months and datetime-local values", () => {
    expect(plainDateField("x").parse("2028-02-29")).toBe("2028-02-29");
    expect(yearMonthField("x").parse("1990-07")).toBe("1990-07");
    expect(plainDateTimeField("x").parse("2027-03-01T09:30")).toBe("2027-03-01T09:30");
  });

  it("refuses year-0000 months and datetimes, and hours past 23", () => {
    expect(refusal(yearMonthField("请选择开始年月"), "0000-01")._form).toBe(YEAR_RANGE_MESSAGE);
    expect(refusal(plainDateTimeField("请选择时间"), "0001-01-01T00:00")._form).toBe(YEAR_RANGE_MESSAGE);
    expect(refusal(plainDateTimeField("请选择时间"), "2027-01-01T24:00")._form).toBe("请选择时间");
  });

  it("a 公示 starting in year 0001 is refused at its field, not by the working-day calendar", () => {
    const publicity = { title: "公示", startDate: "0001-01-01", workingDays: 5, contactName: "李经办", contactPhone: "13800000000", content: "内容", declarationIds: ["d1"] };
    expect(refusal(publicitySchema, publicity).startDate).toBe(YEAR_RANGE_MESSAGE);
  });

  it("round windows, voting deadlines, filing periods and 节假日修正 refuse year 0000", () => {
    const round = { year: 2027, name: "批次", seriesId: "s", levels: ["JUNIOR"], windowStart: "0000-01-01T00:00", windowEnd: "2027-01-01T00:00", status: "DRAFT", filingId: "" };
    expect(refusal(roundSchema, round).windowStart).toBe(YEAR_RANGE_MESSAGE);
    expect(refusal(openVotingSchema, { meetingId: "m", attendingExpertIds: [], voteEnd: "0000-01-01T08:00" }).voteEnd).toBe(YEAR_RANGE_MESSAGE);
    const filing = { seriesId: "s", specialty: "", level: "JUNIOR", applicantScope: "OWN_STAFF", scopeRegionCode: "", scopeUnitNames: "", committeeName: "评委会", validFrom: "0000-01-01", validTo: "0001-01-01" };
    expect(refusal(filingSchema, filing).validFrom).toBe(YEAR_RANGE_MESSAGE);
    const correction = { date: "0000-02-29", kind: "OFF", noticeName: "通知", noticeNumber: "1号", note: "说明", version: 0 };
    expect(refusal(calendarCorrectionSchema, correction).date).toBe(YEAR_RANGE_MESSAGE);
  });
});

describe("lists are bounded", () => {
  it("a holiday list over 4,000 characters is refused at its field, and the year's cross-checks do not run on text", () => {
    const holidays = Array.from({ length: 400 }, () => "2027-10-01").join("\n");
    const errors = refusal(calendarYearSchema, { year: 2027, noticeName: "通知", noticeNumber: "国办发明电〔2026〕1号", holidays, workdays: "" });
    expect(errors.holidays).toBe("放假日期过长，请分段填写（不超过4000个字符）");
  });

  it("a list field refuses more items than it allows", () => {
    expect(refusal(listField(textField(), 2, "最多2项"), ["a", "b", "c"])._form).toBe("最多2项");
    expect(refusal(openVotingSchema, { meetingId: "m", attendingExpertIds: Array(1000).fill("e"), voteEnd: "2027-01-01T08:00" }).attendingExpertIds).toBe("出席专家过多");
  });

  it("a filing's unit list over 4,000 characters is refused, not split", () => {
    const filing = { seriesId: "s", specialty: "", level: "JUNIOR", applicantScope: "UNITS", scopeRegionCode: "", scopeUnitNames: "某单位\n".repeat(1200), committeeName: "评委会", validFrom: "2027-01-01", validTo: "2029-12-31" };
    expect(refusal(filingSchema, filing).scopeUnitNames).toBe("内容过长，不能超过4000个字符");
  });

  it("a declaration with 10,000 education rows is refused by the list's bound", () => {
    const row = { start: "2000-09", end: "2004-07", school: "贵州大学", major: "土木工程", degree: "本科" };
    const errors = refusal(saveDeclarationSchema, { form: { education: Array(10_000).fill(row) } });
    expect(errors["form.education"]).toBe("教育情况最多20条");
  });
});

describe("one person-name rule", () => {
  const hostile = ["<script>alert(1)</script>", "张\u200b三", "\u202e三张", "=HYPERLINK(\"http://x\",\"点我\")", "+1", "@张三", "-张三", "张三\ud800"];

  it.each(hostile)("refuses %j everywhere a name is typed or imported", (name) => {
    expect(personNameField.safeParse(name).success).toBe(false);
    expect(optionalPersonNameField.safeParse(name).success).toBe(false);
    const invite = { idNumber: "11010519491231002X", name, specialty: "道路", title: "正高级工程师", workUnitName: "某院", contact: "13900000000", termStart: "2026-01-01", termEnd: "2028-12-31" };
    expect(refusal(inviteExpertSchema, invite).name).toBeTruthy();
    expect(refusal(certificateSchema, { name }).name).toBeTruthy();
    expect(refusal(registerPersonSchema, { name }).name).toBeTruthy();
    expect(refusal(registerUnitSchema, { legalRepName: name }).legalRepName).toBeTruthy();
    expect(refusal(publicitySchema, { contactName: name }).contactName).toBeTruthy();
  });

  it("accepts names of every script, with the 间隔号; an invite may leave the name empty", () => {
    for (const name of ["张伟", "欧阳·娜娜", "阿依古丽·买买提", "Li Na", "Jean-Luc"]) expect(personNameField.parse(name)).toBe(name);
    expect(optionalPersonNameField.parse("")).toBe("");
  });
});

describe("one ID rule: a real 行政区划 prefix", () => {
  const withRegion = (region: string) => idNumberFrom(region, "19800101", "123");

  it.each(["999999", "000000", "100101", "529901", "520001", "910101", "810101"])(
    "refuses %s (check character right)",
    (region) => {
      expect(refusal(idNumberField, withRegion(region))._form).toBe("身份证号前6位不是有效的行政区划代码");
    },
  );

  it("accepts current codes, codes of since-renamed areas and 港澳台居民居住证 numbers", () => {
    for (const region of ["520102", "110105", "522401", "469001", "659001", "810000", "820000", "830000", "710100"]) {
      expect(isIdRegionCode(region), region).toBe(true);
      expect(idNumberField.parse(withRegion(region))).toBe(withRegion(region));
    }
  });

  it("is the rule of registration, the unit's legal representative, expert invite and certificate entry", () => {
    const id = withRegion("999999");
    expect(refusal(registerPersonSchema, { idNumber: id }).idNumber).toBe("身份证号前6位不是有效的行政区划代码");
    expect(refusal(registerUnitSchema, { legalRepIdNumber: id }).legalRepIdNumber).toBe("身份证号前6位不是有效的行政区划代码");
    expect(refusal(inviteExpertSchema, { idNumber: id }).idNumber).toBe("身份证号前6位不是有效的行政区划代码");
    expect(refusal(certificateSchema, { idNumber: id }).idNumber).toBe("身份证号前6位不是有效的行政区划代码");
  });
});
