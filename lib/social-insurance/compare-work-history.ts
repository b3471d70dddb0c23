// 社保 work-history check: the 工作经历 an applicant declares against their 社保 contribution records (employer and
// months). Pure; the records come through the registry adapter. Mismatches warn the applicant and the reviewers,
// they never refuse: records lag, employers rename, and people are seconded.

export type Contribution = { employer: string; from: string; to: string };
export type DeclaredWork = { start: string; end: string; employer: string };

export type WorkMismatch =
  | { kind: "NO_CONTRIBUTIONS"; employer: string; start: string; end: string }
  | { kind: "GAP"; from: string; to: string; months: number };

/** Months as one number (YYYY-MM → year × 12 + month − 1), and back. */
const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthOf = (index: number) => `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;

/** Employer names as records and forms spell them differently: full-width brackets, spaces. */
export function sameEmployer(a: string, b: string) {
  const norm = (s: string) => s.normalize("NFKC").replace(/\s+/g, "").replace(/[()]/g, (c) => (c === "(" ? "（" : "）"));
  return norm(a) === norm(b);
}

/**
 * Each declared period with no contribution month from that employer, and each run of more than `maxGapMonths`
 * months without any contribution inside the declared working life (from the first declared start to `asOfMonth`).
 * A declared end of "" means 至今.
 */
export function compareWorkHistory(
  work: DeclaredWork[],
  contributions: Contribution[],
  opts: { asOfMonth: string; maxGapMonths?: number },
): WorkMismatch[] {
  const maxGap = opts.maxGapMonths ?? 3;
  const asOf = monthIndex(opts.asOfMonth);
  const mismatches: WorkMismatch[] = [];
  for (const row of work) {
    const [start, end] = [monthIndex(row.start), row.end ? monthIndex(row.end) : asOf];
    const paid = contributions.some((c) => sameEmployer(c.employer, row.employer) && monthIndex(c.from) <= end && monthIndex(c.to) >= start);
    if (!paid) mismatches.push({ kind: "NO_CONTRIBUTIONS", employer: row.employer, start: row.start, end: row.end });
  }
  if (work.length === 0) return mismatches;
  const first = Math.min(...work.map((w) => monthIndex(w.start)));
  // Contribution spans clipped to the working life, in order; what lies between them is a gap.
  const spans = contributions
    .map((c) => [Math.max(monthIndex(c.from), first), Math.min(monthIndex(c.to), asOf)] as const)
    .filter(([from, to]) => from <= to)
    .sort((a, b) => a[0] - b[0]);
  let covered = first - 1;
  const gapUntil = (next: number) => {
    const months = next - covered - 1;
    if (months > maxGap) mismatches.push({ kind: "GAP", from: monthOf(covered + 1), to: monthOf(next - 1), months });
  };
  for (const [from, to] of spans) {
    if (from > covered + 1) gapUntil(from);
    covered = Math.max(covered, to);
  }
  if (covered < asOf) gapUntil(asOf + 1);
  return mismatches;
}

export function describeMismatch(m: WorkMismatch): string {
  return m.kind === "NO_CONTRIBUTIONS"
    ? `工作经历“${m.employer}”（${m.start}至${m.end || "今"}）没有该单位的社保缴费记录`
    : `${m.from}至${m.to}共${m.months}个月没有社保缴费记录`;
}
