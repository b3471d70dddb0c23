import Link from "next/link";
import { inputClass } from "@/components/ui/field";
import { ListPage, Table } from "@/components/ui/list-page";
import { StatusBadge } from "@/components/declarations/status-badge";
import { LEVEL_LABELS } from "@/lib/declarations/schemas";
import { canMove } from "@/lib/declarations/state-machine";
import { formatShanghai } from "@/lib/time";
import { QUEUES, type QueueKey } from "@/lib/review/queue-config";
import { filterParams, type QueueFilter } from "@/lib/review/queue-filter";
import type { QueueRow } from "@/lib/review/list-queue";
import type { Paged } from "@/lib/list-query";

const TRAIL = ["职称评审子系统", "职称申报评审管理"];

/** The frame of every reviewer queue: tabs by status, filters (申报批次, 姓名/身份证号, 申报日期), count, rows, paging, 导出. */
export function QueueList({
  queue,
  list,
  filter,
  rounds,
  detailHref,
  intro,
  before,
  selectable,
}: {
  queue: QueueKey;
  list: Paged<QueueRow>;
  filter: QueueFilter;
  rounds: { id: string; name: string }[];
  /** Where 审核 leads for a row. */
  detailHref: (id: string) => string;
  intro?: React.ReactNode;
  before?: React.ReactNode;
  /** A checkbox per row in the named form (推荐: 勾选通过公示的申报人员). */
  selectable?: { form: string; name: string };
}) {
  const config = QUEUES[queue];
  const params = filterParams(filter);
  const activeTab = config.tabs.find((t) => t.key === filter.tab) ?? config.tabs[0];
  const tabHref = (tab: string) => `?${new URLSearchParams(Object.entries({ ...params, tab }).filter((e): e is [string, string] => !!e[1]))}`;
  const exportHref = `/title/review/export/${queue}?${new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]))}`;
  return (
    <ListPage
      title={config.title}
      trail={[...TRAIL, config.title]}
      list={list}
      params={params}
      intro={intro}
      before={before}
      filters={
        <>
          <nav aria-label="按状态筛选" className="mb-3 flex flex-wrap gap-2 text-sm">
            {config.tabs.map((t) => (
              <Link
                key={t.key}
                href={tabHref(t.key)}
                aria-current={t.key === activeTab.key ? "page" : undefined}
                className={`rounded border px-3 py-1 ${t.key === activeTab.key ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 hover:bg-slate-100"}`}
              >
                {t.label}
              </Link>
            ))}
          </nav>
          <form method="get" role="search" aria-label={`筛选${config.title}`} className="mb-3 grid gap-3 sm:grid-cols-5">
            <input type="hidden" name="tab" value={activeTab.key} />
            <label className="text-sm">
              申报批次
              <select name="roundId" defaultValue={filter.roundId ?? ""} className={inputClass}>
                <option value="">全部</option>
                {rounds.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name}
                  </option>
                ))}
              </select>
            </label>
            <label className="text-sm">
              姓名或身份证号
              <input name="q" defaultValue={filter.q} className={inputClass} />
            </label>
            <label className="text-sm">
              申报日期起
              <input name="from" type="date" defaultValue={filter.from} className={inputClass} />
            </label>
            <label className="text-sm">
              申报日期止
              <input name="to" type="date" defaultValue={filter.to} className={inputClass} />
            </label>
            <div className="flex items-end gap-2">
              <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm text-white hover:bg-brand-800">
                查询
              </button>
              <a href={exportHref} className="rounded border border-slate-300 px-4 py-2 text-sm hover:bg-slate-100" download>
                导出
              </a>
            </div>
          </form>
        </>
      }
    >
      <Table head={[...(selectable ? ["选择"] : []), "姓名", "身份证号", "单位", "申报批次", "申报职称", "申报时间", "状态", "操作"]} caption={`${config.title}：${activeTab.label}`}>
        {list.rows.length === 0 ? (
          <tr>
            <td colSpan={9} className="p-4 text-center text-slate-500">
              暂无{activeTab.label}的申报
            </td>
          </tr>
        ) : null}
        {list.rows.map((r) => (
          <tr key={r.id} className="border-b border-slate-100 align-top" data-testid="queue-row">
            {selectable ? (
              <td className="p-2">
                <input type="checkbox" form={selectable.form} name={selectable.name} value={r.id} aria-label={`选择 ${r.applicantName}`} />
              </td>
            ) : null}
            <td className="p-2">{r.applicantName}</td>
            <td className="p-2">{r.idNumberMasked}</td>
            <td className="p-2">{r.unitName}</td>
            <td className="p-2">{r.roundName}</td>
            <td className="p-2">
              {LEVEL_LABELS[r.level]} · {r.titleName}
            </td>
            <td className="whitespace-nowrap p-2">{r.submittedAt ? formatShanghai(r.submittedAt, "yyyy-MM-dd HH:mm") : "—"}</td>
            <td className="p-2">
              <StatusBadge status={r.status} />
              {r.overdue ? <span className="ml-1 rounded bg-red-100 px-2 py-0.5 text-xs text-red-800">逾期未补正</span> : null}
              {canMove("resubmitSupplement", r.status) && !r.overdue && r.supplementDeadline ? (
                <span className="ml-1 text-xs text-slate-500">补正期限 {r.supplementDeadline}</span>
              ) : null}
            </td>
            <td className="flex flex-wrap gap-2 p-2">
              <Link href={detailHref(r.id)} className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-100" aria-label={`审核 ${r.applicantName}`}>
                审核
              </Link>
              <Link href={`/title/declarations/${r.id}/track?back=${encodeURIComponent(config.href)}`} className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-100" aria-label={`追踪 ${r.applicantName}`}>
                追踪
              </Link>
            </td>
          </tr>
        ))}
      </Table>
    </ListPage>
  );
}
