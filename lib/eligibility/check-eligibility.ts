import { addYears } from "@/lib/calendar/working-days";
import { describeRoute, type EducationLevel, type Route, type SeriesRules } from "./rules";

// 资格预检: whether an applicant meets the 申报条件 of a target title, every unmet condition named at once (一次性告知).
// Pure and zone-free: dates are `YYYY-MM-DD` calendar days compared as text, never Date objects in local time.

/** In the order they are reported. */
export const REASONS = [
  "NOT_HIGHER",
  "PREREQUISITE_TITLE",
  "YEARS",
  "EDUCATION",
  "CONTINUING_EDUCATION",
  "RETIRED",
  "DISCIPLINE",
  "INTEGRITY_BAN",
] as const;
export type Reason = (typeof REASONS)[number];

const STANDARD = "工程技术人才职称评价基本标准（人社部发〔2019〕16号）";
const REGULATION_40 = "职称评审管理暂行规定（人社部令第40号）";

export const REASON_TEXT: Record<Reason, { label: string; source: string }> = {
  NOT_HIGHER: { label: "申报职称须高于现有职称", source: REGULATION_40 },
  PREREQUISITE_TITLE: { label: "逐级申报：须已取得下一级职称", source: REGULATION_40 },
  YEARS: { label: "学历或任职年限", source: STANDARD },
  EDUCATION: { label: "学历要求", source: STANDARD },
  CONTINUING_EDUCATION: {
    label: "继续教育学时",
    source: "专业技术人员继续教育规定（人社部令第25号）",
  },
  RETIRED: { label: "离退休人员不得申报", source: REGULATION_40 },
  DISCIPLINE: { label: "受处分期间不得申报", source: REGULATION_40 },
  INTEGRITY_BAN: { label: "诚信档案记录期内不得申报", source: "职称评审管理暂行规定（人社部令第40号）、职称评审监管暂行办法（人社部发〔2024〕56号）" },
};

export type CeYear = { year: number; total: number; professional: number };

export type EligibilityInput = {
  series: string;
  target: string;
  education: EducationLevel;
  graduationDate: string;
  currentTitle: string | null;
  currentTitleDate: string | null;
  roundYear: number;
  /** The day of the check (申报 or 预检). */
  asOf: string;
  retired: boolean;
  disciplineUntil: string | null;
  integrityFindingDate: string | null;
  ceHours: CeYear[];
};

export type Condition = { code: Reason; met: boolean; rule: string; detail: string; source: string };
export type EligibilityResult = { eligible: boolean; reasons: Reason[]; conditions: Condition[] };

export class UnknownTarget extends Error {
  constructor(series: string, target: string) {
    super(`${series}系列没有“${target}”的申报条件`);
    this.name = "UnknownTarget";
  }
}

/** `rules` are the series' (input.series names it for messages; the caller chose the rules by it). */
export function checkEligibility(input: EligibilityInput, rules: SeriesRules): EligibilityResult {
  const routes = rules.routes[input.target];
  if (!routes) throw new UnknownTarget(input.series, input.target);
  const c = rules.conventions;
  const cutoff = `${String(input.roundYear).padStart(4, "0")}-${c.countToMonthDay}`;
  const conditions: Condition[] = [];
  const add = (code: Reason, met: boolean, detail: string, rule = REASON_TEXT[code].label) =>
    conditions.push({ code, met, rule, detail, source: REASON_TEXT[code].source });

  const rank = (title: string | null) => (title ? rules.titles.indexOf(title) : -1);
  const higher = rank(input.currentTitle) < rank(input.target);
  add("NOT_HIGHER", higher, higher ? `申报${input.target}` : `现有职称${input.currentTitle}，申报${input.target}不高于现有职称`);
  if (higher) checkRoute(input, routes[input.education], cutoff, add);

  checkContinuingEducation(input, rules, add);
  add("RETIRED", !input.retired, input.retired ? "申报人已离退休" : "在职");
  const disciplined = input.disciplineUntil !== null && input.disciplineUntil >= input.asOf;
  add("DISCIPLINE", !disciplined, disciplined ? `处分期至${input.disciplineUntil}` : "不在受处分期间");
  const banEnds = input.integrityFindingDate && addYears(input.integrityFindingDate, c.integrityBanYears);
  const banned = banEnds !== null && input.asOf < banEnds;
  add("INTEGRITY_BAN", !banned, banned ? `诚信档案记录于${input.integrityFindingDate}，${banEnds}前不得申报` : "无有效的诚信档案记录");

  const order = (x: Condition) => REASONS.indexOf(x.code);
  conditions.sort((a, b) => order(a) - order(b));
  const reasons = conditions.filter((x) => !x.met).map((x) => x.code);
  return { eligible: reasons.length === 0, reasons, conditions };
}

type Add = (code: Reason, met: boolean, detail: string, rule?: string) => void;

function checkRoute(input: EligibilityInput, route: Route | undefined, cutoff: string, add: Add) {
  const rule = `${input.education}申报${input.target}：${describeRoute(route)}`;
  add("EDUCATION", route !== undefined, route ? `学历${input.education}` : `${input.education}学历不能申报${input.target}`, rule);
  if (!route || route.kind === "direct") return;
  if (route.kind === "afterGraduation") {
    const due = addYears(input.graduationDate, route.years);
    add("YEARS", due <= cutoff, `毕业时间${input.graduationDate}，满${route.years}年为${due}，计算至${cutoff}`, rule);
    return;
  }
  const holds = input.currentTitle === route.title && input.currentTitleDate !== null;
  add("PREREQUISITE_TITLE", holds, holds ? `已取得${route.title}` : `须先取得${route.title}（现有职称：${input.currentTitle ?? "无"}）`, rule);
  if (!holds || !input.currentTitleDate) return;
  const due = addYears(input.currentTitleDate, route.years);
  add("YEARS", due <= cutoff, `取得${route.title}时间${input.currentTitleDate}，满${route.years}年为${due}，计算至${cutoff}`, rule);
}

/** The calendar years whose 继续教育 counts: after the current title (else graduation), before the round's year, the most recent few. */
function continuingEducationYears(input: Pick<EligibilityInput, "currentTitle" | "currentTitleDate" | "graduationDate" | "roundYear">, maxYears: number): number[] {
  const from = Number((input.currentTitle && input.currentTitleDate ? input.currentTitleDate : input.graduationDate).slice(0, 4)) + 1;
  const to = input.roundYear - 1;
  const years: number[] = [];
  for (let y = Math.max(from, to - maxYears + 1); y <= to; y++) years.push(y);
  return years;
}

function checkContinuingEducation(input: EligibilityInput, rules: SeriesRules, add: Add) {
  const c = rules.conventions;
  const { numerator, denominator } = c.ceProfessionalShare;
  const short: string[] = [];
  for (const year of continuingEducationYears(input, c.ceMaxYears)) {
    const rows = input.ceHours.filter((h) => h.year === year);
    const total = rows.reduce((sum, h) => sum + h.total, 0);
    const professional = rows.reduce((sum, h) => sum + h.professional, 0);
    if (total < c.ceMinHours || professional * denominator < total * numerator) short.push(`${year}年${total}学时（专业科目${professional}）`);
  }
  const rule = `每年不少于${c.ceMinHours}学时，其中专业科目不少于${numerator}/${denominator}`;
  add("CONTINUING_EDUCATION", short.length === 0, short.length ? `未达到：${short.join("、")}` : "各年度学时达到要求", rule);
}
