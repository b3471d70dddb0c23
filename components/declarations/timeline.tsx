import { formatShanghai } from "@/lib/time";
import { STATUS_LABELS } from "@/lib/declarations/state-machine";
import type { DeclarationStatus } from "@/lib/db/generated/enums";

type Event = { id: string; action: string; actorName: string; actorUnitName: string | null; at: Date; opinion: string | null; toStatus: DeclarationStatus };

/** 跟踪: each move with who (for which unit), when (Asia/Shanghai) and the opinion. */
export function Timeline({ events }: { events: Event[] }) {
  if (events.length === 0) return <p className="text-sm text-slate-500">尚未申报，暂无处理记录</p>;
  return (
    <ol className="flex flex-col gap-3 border-l-2 border-brand-700 pl-4" aria-label="处理进展">
      {events.map((e) => (
        <li key={e.id} className="text-sm" data-testid="timeline-event">
          <p className="font-medium">
            {e.action} <span className="text-slate-500">→ {STATUS_LABELS[e.toStatus]}</span>
          </p>
          <p className="text-slate-600">
            {e.actorUnitName ? `${e.actorUnitName} ` : ""}
            {e.actorName} · <time dateTime={e.at.toISOString()}>{formatShanghai(e.at, "yyyy-MM-dd HH:mm:ss")}</time>
          </p>
          {e.opinion ? <p className="mt-1 rounded bg-slate-50 px-2 py-1">意见：{e.opinion}</p> : null}
        </li>
      ))}
    </ol>
  );
}
