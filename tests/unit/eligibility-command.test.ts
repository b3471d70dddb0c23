import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

// `npm run --silent eligibility -- check`, run as a user runs it, without a database, under each server time zone.

function eligibility(args: string[], TZ: string, input?: string) {
  const { DATABASE_URL: _unused, ...rest } = process.env;
  const result = spawnSync("tsx", ["scripts/eligibility.ts", ...args], { env: { ...rest, TZ }, input, encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const applicant = {
  series: "工程",
  target: "高级工程师",
  education: "本科",
  graduationDate: "2008-07-01",
  currentTitle: "工程师",
  currentTitleDate: "2019-12-31",
  roundYear: 2024,
  asOf: "2024-11-01",
  retired: false,
  disciplineUntil: null,
  integrityFindingDate: null,
  ceHours: [2020, 2021, 2022, 2023].map((year) => ({ year, total: 90, professional: 60 })),
};

describe.each(["Asia/Shanghai", "America/New_York"])("eligibility 命令（TZ=%s）", (TZ) => {
  it("answers one JSON line for a JSON argument", () => {
    expect(eligibility(["check", JSON.stringify(applicant)], TZ)).toEqual({ status: 0, stdout: '{"eligible":true,"reasons":[]}\n', stderr: "" });
    const late = { ...applicant, currentTitleDate: "2020-01-01" };
    expect(eligibility(["check", JSON.stringify(late)], TZ).stdout).toBe('{"eligible":false,"reasons":["YEARS"]}\n');
  });

  it("reads an array from standard input and answers one line per element, in order", () => {
    const items = [applicant, { ...applicant, retired: true }, { ...applicant, target: "工程师" }];
    expect(eligibility(["check"], TZ, JSON.stringify(items))).toEqual({
      status: 0,
      stdout: ['{"eligible":true,"reasons":[]}', '{"eligible":false,"reasons":["RETIRED"]}', '{"eligible":false,"reasons":["NOT_HIGHER"]}', ""].join("\n"),
      stderr: "",
    });
  });

  it("names bad input on its line and fails; explains its use when called wrongly", () => {
    const bad = eligibility(["check"], TZ, JSON.stringify([{ ...applicant, asOf: "0000-01-01" }, applicant]));
    expect(bad.status).toBe(1);
    expect(bad.stdout.split("\n")).toEqual([expect.stringContaining('"error":"asOf'), '{"eligible":true,"reasons":[]}', ""]);
    expect(eligibility(["check", JSON.stringify({ ...applicant, target: "总工程师" })], TZ).stdout).toContain("没有“总工程师”的申报条件");
    expect(eligibility(["verify"], TZ)).toMatchObject({ status: 2, stderr: expect.stringContaining("用法") });
  });
});
