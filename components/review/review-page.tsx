import Link from "next/link";
import { PageTitle } from "@/components/ui/page-title";
import { StatusBadge } from "@/components/declarations/status-badge";
import { Timeline } from "@/components/declarations/timeline";
import { LEVEL_LABELS } from "@/lib/declarations/schemas";
import { formatShanghai } from "@/lib/time";
import { QUEUES, type QueueKey } from "@/lib/review/queue-config";
import type { ReviewDetail } from "@/lib/review/get-review-detail";
import { DeclarationView } from "@/components/declarations/declaration-view";
import { FormChanges } from "./form-changes";

/** 审核: the declaration read-only, what changed since it was returned, its 跟踪, and the queue's decision panel. */
export function ReviewPage({ queue, detail, panel }: { queue: QueueKey; detail: ReviewDetail; panel?: React.ReactNode }) {
  const config = QUEUES[queue];
  return (
    <div className="flex flex-col gap-4">
      <PageTitle title={`审核：${detail.applicant.name}`} trail={["职称评审子系统", "职称申报评审管理", config.title, "审核"]} />
      <dl className="grid gap-x-4 gap-y-1 rounded bg-slate-50 p-3 text-sm sm:grid-cols-[6rem_1fr_6rem_1fr]" data-testid="review-summary">
        <dt className="text-slate-500">申报人</dt>
        <dd>
          {detail.applicant.name}（{detail.applicant.idNumberMasked}）
        </dd>
        <dt className="text-slate-500">单位</dt>
        <dd>{detail.unitName}</dd>
        <dt className="text-slate-500">申报批次</dt>
        <dd>{detail.roundName}</dd>
        <dt className="text-slate-500">申报职称</dt>
        <dd>
          {LEVEL_LABELS[detail.level]} · {detail.titleName}
        </dd>
        <dt className="text-slate-500">申报时间</dt>
        <dd>{detail.submittedAt ? formatShanghai(detail.submittedAt, "yyyy-MM-dd HH:mm") : "—"}</dd>
        <dt className="text-slate-500">状态</dt>
        <dd>
          <StatusBadge status={detail.status} />
          {detail.overdue ? <span className="ml-1 rounded bg-red-100 px-2 py-0.5 text-xs text-red-800">逾期未补正</span> : null}
        </dd>
        {detail.supplementNote ? (
          <>
            <dt className="text-slate-500">需补充</dt>
            <dd className="sm:col-span-3">
              {detail.supplementNote}
              {detail.supplementDeadline ? `（补正期限：${detail.supplementDeadline}）` : ""}
            </dd>
          </>
        ) : null}
        {detail.recommendation ? (
          <>
            <dt className="text-slate-500">推荐信息</dt>
            <dd className="sm:col-span-3">
              {detail.recommendation.note}
              <span className="ml-3 inline-flex gap-3">
                <a className="text-brand-700 underline" href={`/title/review/files/${detail.recommendation.integrityFileId}`} target="_blank" rel="noreferrer">
                  诚信承诺书
                </a>
                <a className="text-brand-700 underline" href={`/title/review/files/${detail.recommendation.publicityNoteFileId}`} target="_blank" rel="noreferrer">
                  公示情况说明
                </a>
              </span>
            </dd>
          </>
        ) : null}
      </dl>
      {detail.changes ? <FormChanges changes={detail.changes} caption="变更内容（补充材料提交前后）" /> : null}
      <section aria-labelledby="review-social-insurance" className={`rounded border p-3 ${detail.workHistory.length ? "border-amber-300 bg-amber-50" : "border-slate-200"}`}>
        <h2 id="review-social-insurance" className="mb-1 font-semibold">
          社保缴费核对
        </h2>
        {detail.workHistory.length ? (
          <ul className="list-disc pl-5 text-sm">
            {detail.workHistory.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">申报的工作经历与社保缴费记录一致。</p>
        )}
        <p className="mt-1 text-xs text-slate-500">仅作提示，不影响审核结论；缴费记录来自社保系统，可能滞后。</p>
      </section>
      <details open className="rounded border border-slate-200 p-3">
        <summary className="cursor-pointer font-semibold">申报详情</summary>
        <DeclarationView form={detail.form} />
      </details>
      {panel}
      <section aria-labelledby="review-track">
        <h2 id="review-track" className="mb-2 font-semibold">
          处理记录
        </h2>
        <Timeline events={detail.events} />
      </section>
      <Link href={config.href} className="text-sm text-brand-700 underline">
        返回{config.title}
      </Link>
    </div>
  );
}
