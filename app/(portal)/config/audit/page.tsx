import type { Metadata } from "next";
import { z } from "zod";
import { plainDateField, textField } from "@/lib/validation/fields";
import { requirePermission } from "@/lib/auth/session";
import { listAudit } from "@/lib/audit/list-audit";
import { ListPage, Table } from "@/components/ui/list-page";
import { inputClass } from "@/components/ui/field";
import { formatShanghai } from "@/lib/time";

export const metadata: Metadata = { title: "审计日志" };

const filterSchema = z.object({
  action: textField().trim().max(50).optional().catch(undefined),
  actor: textField().trim().max(50).optional().catch(undefined),
  from: plainDateField("日期无效").optional().catch(undefined),
  to: plainDateField("日期无效").optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100000).catch(1),
});

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await requirePermission("audit.read");
  const f = filterSchema.parse(await searchParams);
  const day = (d?: string, plus = 0) => (d ? new Date(new Date(`${d}T00:00:00+08:00`).getTime() + plus * 86_400_000) : undefined);
  const list = await listAudit({ action: f.action, actor: f.actor, from: day(f.from), to: day(f.to, 1), page: f.page });
  return (
    <ListPage
      title="审计日志"
      trail={["系统配置子系统", "审计日志"]}
      list={list}
      params={{ action: f.action, actor: f.actor, from: f.from, to: f.to }}
      filters={
        <form className="mb-4 grid gap-3 sm:grid-cols-5" role="search" aria-label="筛选审计日志">
          <label className="text-sm">
            操作
            <input name="action" defaultValue={f.action} className={inputClass} />
          </label>
          <label className="text-sm">
            操作人
            <input name="actor" defaultValue={f.actor} className={inputClass} />
          </label>
          <label className="text-sm">
            开始日期
            <input name="from" type="date" defaultValue={f.from} className={inputClass} />
          </label>
          <label className="text-sm">
            结束日期
            <input name="to" type="date" defaultValue={f.to} className={inputClass} />
          </label>
          <div className="flex items-end">
            <button className="rounded bg-brand-700 px-4 py-2 text-sm text-white">查询</button>
          </div>
        </form>
      }
    >
      <Table head={["时间", "操作人", "操作", "对象", "IP"]} caption="审计日志">
        {list.rows.map((r) => (
          <tr key={String(r.id)} className="border-b border-slate-100">
            <td className="whitespace-nowrap p-2">{formatShanghai(r.at)}</td>
            <td className="p-2">{r.actorLabel}</td>
            <td className="p-2">{r.action}</td>
            <td className="p-2">
              {r.entityType}
              {r.entityId ? <span className="ml-1 text-xs text-slate-500">{r.entityId}</span> : null}
            </td>
            <td className="p-2">{r.ip}</td>
          </tr>
        ))}
      </Table>
    </ListPage>
  );
}
