// 申报条件 as data: per series, the titles from lowest to highest, and for each target title the route each education
// level takes to it; with the conventions the check counts by. The 工程系列 default follows 工程技术人才职称评价基本标准
// (人社部发〔2019〕16号 附件). Pure: the province bureau's edited copy is the same shape, stored with the series.

export const EDUCATION_LEVELS = ["博士", "硕士", "第二学士", "本科", "专科", "中专"] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export type Route =
  | { kind: "direct" }
  | { kind: "afterGraduation"; years: number }
  | { kind: "sinceTitle"; title: string; years: number };

export type Conventions = {
  /** "N years" hold when the form's date plus N years is on or before this day (MM-DD) of the round's year. */
  countToMonthDay: string;
  /** 继续教育: hours each calendar year needs, in all. */
  ceMinHours: number;
  /** 继续教育: 专业科目 × denominator ≥ total × numerator (two thirds by default). */
  ceProfessionalShare: { numerator: number; denominator: number };
  /** 继续教育: at most this many of the most recent years are checked. */
  ceMaxYears: number;
  /** An integrity finding bars declaring for this many years from its date. */
  integrityBanYears: number;
};

/** Target title → education level → route; a level without a route may not declare for that title. */
export type RouteTable = Record<string, Partial<Record<EducationLevel, Route>>>;

/** What the province bureau keeps per series (EligibilityRuleSet.rules). */
export type StoredRules = { routes: RouteTable; conventions: Conventions };

/** The rules the check applies: the stored ones with the series' titles from the lowest to the highest (the order 逐级申报 and NOT_HIGHER follow). */
export type SeriesRules = StoredRules & { titles: string[] };

export const DEFAULT_CONVENTIONS: Conventions = {
  countToMonthDay: "12-31",
  ceMinHours: 90,
  ceProfessionalShare: { numerator: 2, denominator: 3 },
  ceMaxYears: 5,
  integrityBanYears: 3,
};

const direct: Route = { kind: "direct" };
const graduation = (years: number): Route => ({ kind: "afterGraduation", years });
const since = (title: string, years: number): Route => ({ kind: "sinceTitle", title, years });
/** 硕士 and 第二学士 share a column of the standard. */
const masters = (route: Route) => ({ 硕士: route, 第二学士: route });

/** The 工程系列's titles per level (TitleSeries.titles). */
export const ENGINEERING_TITLES = {
  JUNIOR: ["技术员", "助理工程师"],
  INTERMEDIATE: ["工程师"],
  DEPUTY_SENIOR: ["高级工程师"],
  SENIOR: ["正高级工程师"],
};

export const ENGINEERING_STORED_RULES: StoredRules = {
  routes: {
    技术员: { 博士: direct, ...masters(direct), 本科: direct, 专科: graduation(1), 中专: graduation(1) },
    助理工程师: { 博士: direct, ...masters(direct), 本科: graduation(1), 专科: since("技术员", 2), 中专: since("技术员", 4) },
    工程师: { 博士: direct, ...masters(since("助理工程师", 2)), 本科: since("助理工程师", 4), 专科: since("助理工程师", 4) },
    高级工程师: { 博士: since("工程师", 2), ...masters(since("工程师", 5)), 本科: since("工程师", 5) },
    正高级工程师: { 博士: since("高级工程师", 5), ...masters(since("高级工程师", 5)), 本科: since("高级工程师", 5) },
  },
  conventions: DEFAULT_CONVENTIONS,
};

export const ENGINEERING_RULES: SeriesRules = { ...ENGINEERING_STORED_RULES, titles: Object.values(ENGINEERING_TITLES).flat() };

/** How a route reads in the 申报条件 table and in 资格预检: "取得助理工程师后满4年". */
export function describeRoute(route: Route | undefined): string {
  if (!route) return "不能申报";
  switch (route.kind) {
    case "direct":
      return "可直接申报";
    case "afterGraduation":
      return `毕业后满${route.years}年`;
    case "sinceTitle":
      return `取得${route.title}后满${route.years}年`;
  }
}
