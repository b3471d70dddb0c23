// Dates as forms send them. A year outside these bounds is a typing error or an attack (a year-0000 day breaks the
// working-day calendar and Date arithmetic alike), never a date the platform deals in.

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
export const YEAR_RANGE_MESSAGE = `年份应在${MIN_YEAR}至${MAX_YEAR}之间`;

function inYearRange(year: number) {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/** `YYYY-MM-DD` that is a real calendar day: null, else `message` (or the year rule when only the year is off). */
export function plainDateProblem(value: string, message: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return message;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!inYearRange(year)) return YEAR_RANGE_MESSAGE;
  const back = new Date(Date.UTC(year, month - 1, day));
  return back.getUTCMonth() === month - 1 && back.getUTCDate() === day ? null : message;
}

export function yearMonthProblem(value: string, message: string): string | null {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value);
  if (!m) return message;
  return inYearRange(Number(m[1])) ? null : YEAR_RANGE_MESSAGE;
}

export function plainDateTimeProblem(value: string, message: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d$/.exec(value);
  return m ? plainDateProblem(m[1], message) : message;
}
