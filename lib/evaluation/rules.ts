import type { FilingStatus, MeetingStatus, TallyOutcome, TitleLevel } from "@/lib/db/generated/enums";
import { LEVEL_LABELS } from "@/lib/declarations/schemas";

// The numbers of the national rules for evaluation (《职称评审管理暂行规定》, 人社部令第40号, 2019; design §4), as pure
// functions. Each takes the province's settings, defaulting to EVALUATION_RULES; only the sizes of intermediate and
// junior committees are left to the provinces by the national rules, the rest are the national numbers.

export type EvaluationRules = {
  /** 高级 committees formed for a whole series (系列) and for one specialty (专业). */
  seniorMinBySeries: number;
  seniorMinBySpecialty: number;
  /** 中级 and 初级 committees: set by the province. */
  minMembers: { INTERMEDIATE: number; JUNIOR: number };
  /** A filing's validity and an expert's term, in years. */
  filingMaxYears: number;
  expertTermMaxYears: number;
  /** Experts in each 评议组, the 组长 included. */
  groupMinExperts: number;
  /** 评审结果公示, in working days. */
  publicityMinWorkingDays: number;
};

/** Guizhou's settings: the national numbers, and the province's own for intermediate and junior committees. */
export const EVALUATION_RULES: EvaluationRules = {
  seniorMinBySeries: 25,
  seniorMinBySpecialty: 11,
  minMembers: { INTERMEDIATE: 9, JUNIOR: 7 },
  filingMaxYears: 3,
  expertTermMaxYears: 3,
  groupMinExperts: 3,
  publicityMinWorkingDays: 5,
};

export type FormedBy = "SERIES" | "SPECIALTY";
export type TallyResult = TallyOutcome;

/** A meeting's phases: materials and 评议组意见 while preparing, then the ballot, then the tally. */
export const MEETING = { preparing: "PREPARING", voting: "VOTING", tallied: "TALLIED" } as const satisfies Record<string, MeetingStatus>;
export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = { PREPARING: "准备中", VOTING: "投票中", TALLIED: "已统票" };

/** A declaration's outcome at a meeting; only a quorum gives a result (评审通过 or 未通过). */
export const TALLY = { passed: "PASSED", failed: "FAILED", noQuorum: "NO_QUORUM" } as const satisfies Record<string, TallyOutcome>;
export const TALLY_LABELS: Record<TallyOutcome, string> = { PASSED: "通过", FAILED: "未通过", NO_QUORUM: "未达法定人数，无结果" };
/** The declaration's move for an outcome with a result. */
export const TALLY_MOVES = { PASSED: "pass", FAILED: "fail" } as const;

/** A filing of the right to evaluate goes to the competent department (when the unit has one), then the province bureau. */
export const FILING = { pendingDept: "PENDING_DEPT", pendingProvince: "PENDING_PROVINCE", approved: "APPROVED", rejected: "REJECTED" } as const satisfies Record<
  string,
  FilingStatus
>;
export const FILING_STATUS_LABELS: Record<FilingStatus, string> = {
  PENDING_DEPT: "待主管部门审核",
  PENDING_PROVINCE: "待省人社厅审批",
  APPROVED: "已备案",
  REJECTED: "未通过",
};

export type FilingReviewed = Exclude<FilingStatus, typeof FILING.pendingDept>;

/** Where a filing review sends it: refused, on from the department to the province bureau, or approved there. */
export function filingReviewed(pass: boolean, stage: "dept" | "province"): FilingReviewed {
  if (!pass) return FILING.rejected;
  return stage === "dept" ? FILING.pendingProvince : FILING.approved;
}

/** What a 评审权备案审核 did, by where the filing went. */
export const FILING_REVIEWED_MESSAGES: Record<FilingReviewed, string> = {
  PENDING_PROVINCE: "已审核通过，已报送省人社厅",
  APPROVED: "已审核通过，评审权已备案",
  REJECTED: "已审核不通过",
};

export const isSenior = (level: TitleLevel) => level === "DEPUTY_SENIOR" || level === "SENIOR";

/** The fewest members a committee of this level may have. */
export function minCommitteeMembers(level: TitleLevel, formedBy: FormedBy, rules = EVALUATION_RULES) {
  if (isSenior(level)) return formedBy === "SERIES" ? rules.seniorMinBySeries : rules.seniorMinBySpecialty;
  return rules.minMembers[level as "INTERMEDIATE" | "JUNIOR"];
}

/** null when a committee of `members` experts is legal, else the rule it breaks. */
export function committeeSizeProblem(
  o: { level: TitleLevel; formedBy: FormedBy; members: number },
  rules = EVALUATION_RULES,
): string | null {
  if (!Number.isInteger(o.members) || o.members < 1) return "评委会人数须为正整数";
  if (o.members % 2 === 0) return `评委会人数须为单数，当前为${o.members}人`;
  const min = minCommitteeMembers(o.level, o.formedBy, rules);
  if (o.members < min) {
    const kind = isSenior(o.level) ? `按${o.formedBy === "SERIES" ? "系列" : "专业"}组建的高级评委会` : `${LEVEL_LABELS[o.level]}评委会`;
    return `${kind}不少于${min}人，当前为${o.members}人`;
  }
  return null;
}

/** null when a 评议组 of `experts` (组长 included) is large enough, else the rule. */
export function groupSizeProblem(experts: number, rules = EVALUATION_RULES): string | null {
  return experts >= rules.groupMinExperts ? null : `每个评议组不少于${rules.groupMinExperts}名专家，当前为${experts}名`;
}

/** 统票: quorum iff attending ≥ 2/3 of members; pass iff 同意 ≥ 2/3 of attending ("以上" includes the bound). */
export function tallyVotes(o: { members: number; attending: number; yes: number }): TallyResult {
  if (o.attending <= 0 || 3 * o.attending < 2 * o.members) return TALLY.noQuorum;
  return 3 * o.yes >= 2 * o.attending ? TALLY.passed : TALLY.failed;
}

/** The smallest attendance that makes a quorum, and the fewest 同意 that pass with `attending` present. */
export const quorumOf = (members: number) => Math.ceil((2 * members) / 3);
export const passMarkOf = (attending: number) => Math.ceil((2 * attending) / 3);

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function utcDay(date: string) {
  const m = DATE.exec(date);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(t).toISOString().slice(0, 10) === date ? t : null;
}

/** The last calendar day of a span of `years` years starting on `from` (both YYYY-MM-DD): 2026-03-01 + 3 → 2029-02-28. */
export function lastDayOfYears(from: string, years: number): string {
  const [y, m, d] = from.split("-").map(Number);
  return new Date(Date.UTC(y + years, m - 1, d) - 86_400_000).toISOString().slice(0, 10);
}

function spanProblem(from: string, to: string, maxYears: number, what: string): string | null {
  if (utcDay(from) === null) return `${what}开始日期不正确`;
  if (utcDay(to) === null) return `${what}结束日期不正确`;
  if (to < from) return `${what}结束日期不能早于开始日期`;
  const last = lastDayOfYears(from, maxYears);
  return to > last ? `${what}不能超过${maxYears}年（自${from}起最晚至${last}）` : null;
}

/** A filing of the right to evaluate (评审权备案) is valid at most 3 years, both ends inclusive. */
export function filingValidityProblem(o: { validFrom: string; validTo: string }, rules = EVALUATION_RULES) {
  return spanProblem(o.validFrom, o.validTo, rules.filingMaxYears, "备案有效期");
}

/** An expert's term in the pool (专家库) is at most 3 years. */
export function expertTermProblem(o: { termStart: string; termEnd: string }, rules = EVALUATION_RULES) {
  return spanProblem(o.termStart, o.termEnd, rules.expertTermMaxYears, "专家聘期");
}

/** Whether a span of days covers `today` (YYYY-MM-DD, Asia/Shanghai). */
export const covers = (o: { from: string; to: string }, today: string) => o.from <= today && today <= o.to;

/** null when the filing lets its committee hold a meeting today, else why not. */
export function filingMeetingRefusal(o: { status: FilingStatus; validFrom: string; validTo: string }, today: string): string | null {
  if (o.status === FILING.rejected) return "该评审权备案未通过审核，不能组织评审";
  if (o.status !== FILING.approved) return "该评审权备案尚未经省人社厅批准，不能组织评审";
  if (today < o.validFrom) return `该评审权备案自${o.validFrom}起生效，生效前不能组织评审`;
  if (today > o.validTo) return `该评审权备案已于${o.validTo}到期，不能组织评审`;
  return null;
}

/** 评审结果公示 lasts at least 5 working days. */
export function publicityDaysProblem(workingDays: number, rules = EVALUATION_RULES) {
  return Number.isInteger(workingDays) && workingDays >= rules.publicityMinWorkingDays
    ? null
    : `评审结果公示不少于${rules.publicityMinWorkingDays}个工作日`;
}
