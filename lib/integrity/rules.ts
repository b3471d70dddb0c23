import type { IntegrityFindingKind } from "@/lib/db/generated/enums";
import { addYears } from "@/lib/calendar/working-days";

// 职称评审诚信档案: 记录期限为3年 (人社部令第40号); 承诺不实、弄虚作假的3年内不得申报 (人社部发〔2024〕56号).

export const INTEGRITY_RECORD_YEARS = 3;

export const FINDING_KIND_LABELS: Record<IntegrityFindingKind, string> = {
  FALSE_MATERIALS: "提供虚假材料等取得职称",
  FALSE_COMMITMENT: "承诺不实、弄虚作假",
  EXPERT_MISCONDUCT: "评审专家违反评审纪律",
  OTHER: "其他失信行为",
};

/** The first day the finding no longer bars: 申报 and being drawn as an expert are possible again from this day. */
export function findingEndsOn(findingDate: string): string {
  return addYears(findingDate, INTEGRITY_RECORD_YEARS);
}
