// Working days of the Chinese calendar as plain `YYYY-MM-DD` days (Asia/Shanghai calendar days).
// Pure and zone-free: no Date is ever built in the process's local time, so the server's time zone cannot shift a day.
// Importable from client components: no Node APIs, no database, no holiday library.

export type CalendarData = {
  /** Years whose State Council arrangement is known; any other year is an error, never a guess. */
  years: number[];
  /** Every statutory holiday day off (weekend days inside a holiday period may be listed too). */
  holidays: string[];
  /** Adjusted working days (调休上班): weekend days that are working days. */
  workdays: string[];
};

export class CalendarYearMissing extends Error {
  readonly year: number;
  constructor(year: number) {
    super(`暂无${year}年的节假日安排数据，请省人社厅在“节假日管理”中补充后再试`);
    this.name = "CalendarYearMissing";
    this.year = year;
  }
}

export class InvalidPlainDate extends Error {
  constructor(value: string) {
    super(`“${value}”不是有效日期，应为 YYYY-MM-DD`);
    this.name = "InvalidPlainDate";
  }
}

const PLAIN_DATE = /^([1-9]\d{3})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a valid `YYYY-MM-DD`, or null when it is not a real calendar day. */
function dayNumber(date: string): number | null {
  const match = PLAIN_DATE.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 02-30 over to March; such a day is not a date.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return ms / DAY_MS;
}

function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function isPlainDate(value: string): boolean {
  return dayNumber(value) !== null;
}

function requireDayNumber(date: string): number {
  const n = dayNumber(date);
  if (n === null) throw new InvalidPlainDate(date);
  return n;
}

/** The day `days` after `date` (negative: before). */
export function addDays(date: string, days: number): string {
  return fromDayNumber(requireDayNumber(date) + days);
}

/** The same calendar day `years` later; 02-29 becomes 02-28 in a year without it. */
export function addYears(date: string, years: number): string {
  requireDayNumber(date);
  const year = Number(date.slice(0, 4)) + years;
  const monthDay = date.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${String(year).padStart(4, "0")}-${monthDay === "02-29" && !leap ? "02-28" : monthDay}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  // 1970-01-01 was a Thursday.
  return (((requireDayNumber(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: string): boolean {
  const day = weekday(date);
  return day === 0 || day === 6;
}

export function yearOf(date: string): number {
  requireDayNumber(date);
  return Number(date.slice(0, 4));
}

type Lookup = { years: Set<number>; holidays: Set<string>; workdays: Set<string> };
const lookups = new WeakMap<CalendarData, Lookup>();

function lookup(data: CalendarData): Lookup {
  let sets = lookups.get(data);
  if (!sets) {
    sets = { years: new Set(data.years), holidays: new Set(data.holidays), workdays: new Set(data.workdays) };
    lookups.set(data, sets);
  }
  return sets;
}

/** Throws CalendarYearMissing when the date's year has no arrangement. */
export function requireYear(date: string, data: CalendarData): void {
  const year = yearOf(date);
  if (!lookup(data).years.has(year)) throw new CalendarYearMissing(year);
}

export type DayKind = "workday" | "weekend" | "holiday" | "adjusted-workday";

/** What kind of day `date` is: an ordinary working day, a weekend, a statutory holiday or an adjusted working day. */
export function dayKind(date: string, data: CalendarData): DayKind {
  requireYear(date, data);
  const sets = lookup(data);
  if (sets.workdays.has(date)) return "adjusted-workday";
  if (sets.holidays.has(date)) return "holiday";
  return isWeekend(date) ? "weekend" : "workday";
}

export function isWorkday(date: string, data: CalendarData): boolean {
  const kind = dayKind(date, data);
  return kind === "workday" || kind === "adjusted-workday";
}

/**
 * The last day of a period of `workingDays` working days beginning on `start`: the start day is day 1 when it is a
 * working day, otherwise the first working day after it is; weekends and holidays are skipped, adjusted working days count.
 */
export function publicityEndDate(start: string, workingDays: number, data: CalendarData): string {
  if (!Number.isInteger(workingDays) || workingDays < 1) {
    throw new RangeError(`工作日天数应为正整数，收到 ${workingDays}`);
  }
  let day = start;
  let counted = 0;
  for (;;) {
    if (isWorkday(day, data)) {
      counted += 1;
      if (counted === workingDays) return day;
    }
    day = addDays(day, 1);
  }
}
