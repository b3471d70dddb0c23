import { PrismaPg } from "@prisma/adapter-pg";
import { mergeCalendar } from "../lib/calendar/calendar-sources";
import { libraryCalendar } from "../lib/calendar/library-calendar";
import { readCalendarSources } from "../lib/calendar/read-calendar-sources";
import { CalendarYearMissing, InvalidPlainDate, isWorkday, publicityEndDate, type CalendarData } from "../lib/calendar/working-days";

// `npm run --silent calendar -- end-date 2024-09-30 5` → 2024-10-11; `… is-workday 2024-10-12` → true.
// The shipped notices answer; with DATABASE_URL the province bureau's years and corrections are applied too.

const USAGE = `用法:
  npm run --silent calendar -- end-date <YYYY-MM-DD> <工作日天数>   公示结束日期
  npm run --silent calendar -- is-workday <YYYY-MM-DD>             是否工作日（true / false）`;

async function calendar(): Promise<CalendarData> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) return libraryCalendar();
  // Loaded only when needed, so the answer without a database stays quick.
  const { PrismaClient } = await import("../lib/db/generated/client");
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 1 }) });
  try {
    return mergeCalendar(await readCalendarSources(db));
  } finally {
    await db.$disconnect();
  }
}

function answer(command: string | undefined, args: string[], data: CalendarData): string | null {
  if (command === "end-date" && args.length === 2 && /^\d+$/.test(args[1])) return publicityEndDate(args[0], Number(args[1]), data);
  if (command === "is-workday" && args.length === 1) return String(isWorkday(args[0], data));
  return null;
}

const [command, ...args] = process.argv.slice(2);
try {
  const result = answer(command, args, await calendar());
  if (result === null) {
    console.error(USAGE);
    process.exitCode = 2;
  } else {
    console.log(result);
  }
} catch (error) {
  if (!(error instanceof CalendarYearMissing || error instanceof InvalidPlainDate || error instanceof RangeError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
