import { invalid } from "@/lib/errors";
import { formatShanghai } from "@/lib/time";
import { addDays } from "@/lib/calendar/working-days";

/** 完成公示 (申报公示 and 评审结果公示 alike) only once the end date has passed; the refusal says from when. */
export function assertPublicityEnded(endDate: string, now: Date) {
  if (formatShanghai(now, "yyyy-MM-dd") <= endDate) throw invalid(`公示期至${endDate}，届满后（${addDays(endDate, 1)}起）方可完成公示`);
}
