import { invalid } from "@/lib/errors";
import { formatShanghai } from "@/lib/time";
import { addDays } from "@/lib/calendar/working-days";

const shanghaiDay = (at: Date) => formatShanghai(at, "yyyy-MM-dd");

/**
 * A publicity starts no earlier than the day it is created (Asia/Shanghai) and, for 评审结果公示, the 统票 day: a
 * backdated period could be over the moment it is saved, and the public would never have seen it.
 */
export function publicityStartProblem(startDate: string, opts: { now: Date; talliedAt?: Date | null }): string | undefined {
  const today = shanghaiDay(opts.now);
  if (startDate < today) return `公示起始日期不能早于今天（${today}）`;
  const tallyDay = opts.talliedAt ? shanghaiDay(opts.talliedAt) : undefined;
  if (tallyDay && startDate < tallyDay) return `公示起始日期不能早于统票日（${tallyDay}）`;
  return undefined;
}

export function assertPublicityStart(startDate: string, opts: { now: Date; talliedAt?: Date | null }) {
  const problem = publicityStartProblem(startDate, opts);
  if (problem) throw invalid(problem, "startDate");
}

/** 完成公示 (申报公示 and 评审结果公示 alike) only once the end date has passed; the refusal says from when. */
export function assertPublicityEnded(endDate: string, now: Date) {
  if (shanghaiDay(now) <= endDate) throw invalid(`公示期至${endDate}，届满后（${addDays(endDate, 1)}起）方可完成公示`);
}
