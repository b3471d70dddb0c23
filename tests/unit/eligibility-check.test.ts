import { describe, expect, it } from "vitest";
import { checkEligibility, type EligibilityInput } from "@/lib/eligibility/check-eligibility";
import { ENGINEERING_RULES, type EducationLevel } from "@/lib/eligibility/rules";
import { useServerZone } from "./server-zone";

// 资格预检 at every boundary of the 工程系列 table and the conventions, under a zone east and one west of UTC.

const LEVELS = ["技术员", "助理工程师", "工程师", "高级工程师", "正高级工程师"];
const lower = (target: string) => LEVELS[LEVELS.indexOf(target) - 1] ?? null;

/** The national standard's table as the issue states it: "direct", graduation + N, a title + N, or no route. */
const TABLE: Record<string, Record<EducationLevel, string>> = {
  技术员: { 博士: "direct", 硕士: "direct", 第二学士: "direct", 本科: "direct", 专科: "grad+1", 中专: "grad+1" },
  助理工程师: { 博士: "direct", 硕士: "direct", 第二学士: "direct", 本科: "grad+1", 专科: "技术员+2", 中专: "技术员+4" },
  工程师: { 博士: "direct", 硕士: "助理工程师+2", 第二学士: "助理工程师+2", 本科: "助理工程师+4", 专科: "助理工程师+4", 中专: "—" },
  高级工程师: { 博士: "工程师+2", 硕士: "工程师+5", 第二学士: "工程师+5", 本科: "工程师+5", 专科: "—", 中专: "—" },
  正高级工程师: { 博士: "高级工程师+5", 硕士: "高级工程师+5", 第二学士: "高级工程师+5", 本科: "高级工程师+5", 专科: "—", 中专: "—" },
};

/** Enough 继续教育 for any window: 90 hours, 60 of them 专业科目, every year from 2000. */
const fullHours = Array.from({ length: 30 }, (_, i) => ({ year: 2000 + i, total: 90, professional: 60 }));

function base(over: Partial<EligibilityInput> = {}): EligibilityInput {
  return {
    series: "工程",
    target: "工程师",
    education: "本科",
    graduationDate: "2010-07-01",
    currentTitle: "助理工程师",
    currentTitleDate: "2015-06-30",
    roundYear: 2024,
    asOf: "2024-11-01",
    retired: false,
    disciplineUntil: null,
    integrityFindingDate: null,
    ceHours: fullHours,
    ...over,
  };
}

const check = (over: Partial<EligibilityInput>) => checkEligibility(base(over), ENGINEERING_RULES);

describe.each(["Asia/Shanghai", "America/New_York"])("资格预检（TZ=%s）", (zone) => {
  useServerZone(zone);

  describe("every cell of the table", () => {
    for (const [target, row] of Object.entries(TABLE)) {
      for (const [education, cell] of Object.entries(row) as [EducationLevel, string][]) {
        it(`${education} → ${target}: ${cell}`, () => {
          const holder = { currentTitle: lower(target), currentTitleDate: lower(target) ? "2000-01-01" : null };
          if (cell === "direct") {
            expect(check({ target, education, graduationDate: "2024-07-01", ...holder })).toMatchObject({ eligible: true, reasons: [] });
          } else if (cell === "—") {
            expect(check({ target, education, ...holder }).reasons).toEqual(["EDUCATION"]);
          } else if (cell.startsWith("grad+")) {
            const n = Number(cell.slice(5));
            // Graduation on 12-31 of year 2024 − n counts n whole years to 2024-12-31; a day later does not.
            expect(check({ target, education, ...holder, graduationDate: `${2024 - n}-12-31` }).eligible).toBe(true);
            expect(check({ target, education, ...holder, graduationDate: `${2025 - n}-01-01` }).reasons).toEqual(["YEARS"]);
          } else {
            const [title, years] = cell.split("+");
            const n = Number(years);
            expect(check({ target, education, currentTitle: title, currentTitleDate: `${2024 - n}-12-31` }).eligible).toBe(true);
            expect(check({ target, education, currentTitle: title, currentTitleDate: `${2025 - n}-01-01` }).reasons).toEqual(["YEARS"]);
            // 逐级申报: the title below the prerequisite does not do.
            const below = lower(title);
            expect(check({ target, education, currentTitle: below, currentTitleDate: below ? "2000-01-01" : null }).reasons).toEqual([
              "PREREQUISITE_TITLE",
            ]);
          }
        });
      }
    }
  });

  it("counts whole years to 12-31 of the round's year: 2019-12-31 + 5 holds for 2024, 2020-01-01 + 5 does not", () => {
    const senior = { target: "高级工程师", currentTitle: "工程师" };
    expect(check({ ...senior, currentTitleDate: "2019-12-31" }).eligible).toBe(true);
    expect(check({ ...senior, currentTitleDate: "2020-01-01" }).reasons).toEqual(["YEARS"]);
    // A 02-29 plus whole years lands on 02-28 of a common year, still inside the year.
    expect(check({ ...senior, currentTitleDate: "2020-02-29", roundYear: 2025, asOf: "2025-11-01" }).eligible).toBe(true);
  });

  it("a target at or below the current title fails as NOT_HIGHER, and the route is then not checked", () => {
    expect(check({ target: "工程师", currentTitle: "工程师", currentTitleDate: "2024-01-01" }).reasons).toEqual(["NOT_HIGHER"]);
    expect(check({ target: "助理工程师", currentTitle: "高级工程师", education: "中专" }).reasons).toEqual(["NOT_HIGHER"]);
    const result = check({ target: "工程师", currentTitle: "高级工程师" });
    expect(result.conditions.map((c) => c.code)).not.toContain("YEARS");
  });

  it("skipping a level fails as PREREQUISITE_TITLE (逐级申报), with no title too", () => {
    expect(check({ target: "高级工程师", currentTitle: "助理工程师" }).reasons).toEqual(["PREREQUISITE_TITLE"]);
    expect(check({ target: "工程师", currentTitle: null, currentTitleDate: null }).reasons).toEqual(["PREREQUISITE_TITLE"]);
  });

  describe("继续教育", () => {
    const hours = (entries: [number, number, number][]) => entries.map(([year, total, professional]) => ({ year, total, professional }));
    // Title obtained in 2017: the years counted are 2019–2023, the five most recent of 2018–2023.
    const senior = { target: "高级工程师", currentTitle: "工程师", currentTitleDate: "2017-05-01" };
    const fiveYears: [number, number, number][] = [
      [2019, 90, 60],
      [2020, 90, 60],
      [2021, 90, 60],
      [2022, 90, 60],
      [2023, 90, 60],
    ];

    it("needs the five most recent years before the round's year, each ≥ 90 学时 with 专业科目 ≥ two thirds", () => {
      expect(check({ ...senior, ceHours: hours(fiveYears) }).eligible).toBe(true);
      // 2018 lies outside the five-year window: missing, it does not count.
      expect(check({ ...senior, ceHours: hours(fiveYears.filter(([y]) => y !== 2018)) }).eligible).toBe(true);
      // The round's own year does not count either.
      expect(check({ ...senior, ceHours: hours([...fiveYears, [2024, 0, 0]]) }).eligible).toBe(true);
    });

    it("89 hours fail, a missing year counts as 0, two thirds exactly holds and a point less fails", () => {
      const with2021 = (row: [number, number, number]) => hours(fiveYears.map((r) => (r[0] === 2021 ? row : r)));
      expect(check({ ...senior, ceHours: with2021([2021, 89, 89]) }).reasons).toEqual(["CONTINUING_EDUCATION"]);
      expect(check({ ...senior, ceHours: hours(fiveYears.filter(([y]) => y !== 2021)) }).reasons).toEqual(["CONTINUING_EDUCATION"]);
      expect(check({ ...senior, ceHours: with2021([2021, 120, 80]) }).eligible).toBe(true);
      expect(check({ ...senior, ceHours: with2021([2021, 120, 79.5]) }).reasons).toEqual(["CONTINUING_EDUCATION"]);
    });

    it("counts from the year after graduation when there is no current title, and nothing when no year is due", () => {
      const fresh = { target: "助理工程师", education: "本科" as const, currentTitle: null, currentTitleDate: null };
      expect(check({ ...fresh, graduationDate: "2022-07-01", ceHours: hours([[2023, 90, 60]]) }).eligible).toBe(true);
      expect(check({ ...fresh, graduationDate: "2022-07-01", ceHours: [] }).reasons).toEqual(["CONTINUING_EDUCATION"]);
      expect(check({ ...fresh, graduationDate: "2023-06-30", ceHours: [] }).eligible).toBe(true);
    });
  });

  it("RETIRED, DISCIPLINE until and including its last day, INTEGRITY_BAN for three years from the finding", () => {
    expect(check({ retired: true }).reasons).toEqual(["RETIRED"]);
    expect(check({ disciplineUntil: "2024-11-01" }).reasons).toEqual(["DISCIPLINE"]);
    expect(check({ disciplineUntil: "2024-10-31" }).eligible).toBe(true);
    expect(check({ integrityFindingDate: "2021-11-02" }).reasons).toEqual(["INTEGRITY_BAN"]);
    expect(check({ integrityFindingDate: "2021-11-01" }).eligible).toBe(true);
  });

  it("reports every failing reason, in one order, with each condition's rule and source", () => {
    const result = check({
      target: "高级工程师",
      currentTitle: "工程师",
      currentTitleDate: "2021-03-01",
      ceHours: [],
      retired: true,
      disciplineUntil: "2025-01-01",
      integrityFindingDate: "2023-01-01",
    });
    expect(result.reasons).toEqual(["YEARS", "CONTINUING_EDUCATION", "RETIRED", "DISCIPLINE", "INTEGRITY_BAN"]);
    expect(result.conditions.find((c) => c.code === "YEARS")).toMatchObject({
      met: false,
      rule: "本科申报高级工程师：取得工程师后满5年",
      source: expect.stringContaining("人社部发〔2019〕16号"),
    });
    expect(result.conditions.find((c) => c.code === "NOT_HIGHER")?.met).toBe(true);
  });
});
