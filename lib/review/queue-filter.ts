import { z } from "zod";
import { plainDateField, textField } from "@/lib/validation/fields";

/** A queue's filters, from the page's search params: 申报批次, 姓名/身份证号, tab (status), 申报日期 range, page. */
export const queueFilterSchema = z.object({
  roundId: textField().trim().max(40).optional().catch(undefined),
  q: textField().trim().max(30).optional().catch(undefined),
  tab: textField().trim().max(20).optional().catch(undefined),
  from: plainDateField("日期无效").optional().catch(undefined),
  to: plainDateField("日期无效").optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type QueueFilter = z.infer<typeof queueFilterSchema>;

/** The filters as URL params, for paging links and 导出. */
export function filterParams(f: QueueFilter): Record<string, string | undefined> {
  return { roundId: f.roundId || undefined, q: f.q || undefined, tab: f.tab || undefined, from: f.from, to: f.to };
}
