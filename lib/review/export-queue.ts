import "server-only";
import type { PersonActor } from "@/lib/auth/permissions";
import { forbidden } from "@/lib/errors";
import { can } from "@/lib/auth/permissions";
import { writeXlsx } from "@/lib/export/xlsx";
import { formatShanghai } from "@/lib/time";
import { LEVEL_LABELS } from "@/lib/declarations/schemas";
import { STATUS_LABELS } from "@/lib/declarations/state-machine";
import { listQueue, queueTab, type QueueRow } from "./list-queue";
import { QUEUES, type QueueKey } from "./queue-config";
import type { QueueFilter } from "./queue-filter";

const BATCH = 2000;
/** An export is a working list, not a dump of the database. */
export const EXPORT_MAX_ROWS = 50_000;

/** 导出: every row the queue's filter shows (not only the page on screen), ID numbers masked. */
export async function exportQueue(opts: { actor: PersonActor; key: QueueKey; filter: QueueFilter }) {
  if (!can(opts.actor, QUEUES[opts.key].permission)) throw forbidden();
  async function* rows(): AsyncIterable<QueueRow> {
    for (let page = 1; (page - 1) * BATCH < EXPORT_MAX_ROWS; page++) {
      const list = await listQueue({ actor: opts.actor, key: opts.key, filter: { ...opts.filter, page }, pageSize: BATCH });
      yield* list.rows;
      if (page * BATCH >= list.total) return;
    }
  }
  const tab = queueTab(opts.key, opts.filter.tab);
  const buffer = await writeXlsx<QueueRow>({
    sheetName: `${QUEUES[opts.key].title}-${tab.label}`,
    columns: [
      { header: "姓名", value: (r) => r.applicantName },
      { header: "身份证号", width: 22, value: (r) => r.idNumberMasked },
      { header: "单位", width: 30, value: (r) => r.unitName },
      { header: "申报批次", width: 36, value: (r) => r.roundName },
      { header: "申报级别", value: (r) => LEVEL_LABELS[r.level] },
      { header: "申报职称", value: (r) => r.titleName },
      { header: "申报时间", width: 18, value: (r) => (r.submittedAt ? formatShanghai(r.submittedAt, "yyyy-MM-dd HH:mm") : "") },
      { header: "状态", value: (r) => `${STATUS_LABELS[r.status]}${r.overdue ? "（逾期未补正）" : ""}` },
      { header: "补正期限", value: (r) => r.supplementDeadline ?? "" },
    ],
    rows: rows(),
  });
  return { buffer, filename: `${QUEUES[opts.key].title}-${tab.label}-${formatShanghai(new Date(), "yyyyMMdd")}.xlsx` };
}
