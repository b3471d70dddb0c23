import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getPublicityDetail } from "@/lib/review/get-publicity";
import { PUBLICITY_STATUS_LABELS } from "@/lib/review/publicity-labels";
import { PageTitle } from "@/components/ui/page-title";
import { Table } from "@/components/ui/list-page";
import { RowAction } from "@/components/ui/row-action";
import { OutcomeBoard } from "@/components/ui/decision-outcome";
import { StatusBadge } from "@/components/declarations/status-badge";
import { completePublicityAction } from "@/lib/review/actions";

export const metadata: Metadata = { title: "公示详情" };

export default async function PublicityDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("publicity.manage");
  const { publicity, unitName, rows } = await getPublicityDetail({ actor, id: (await params).id }).catch((e) => {
    if (e instanceof AppError) notFound();
    throw e;
  });
  return (
    <div className="flex flex-col gap-4">
      <PageTitle title={publicity.title} trail={["职称评审子系统", "职称申报评审管理", "申报公示", "详情"]} />
      <dl className="grid gap-x-4 gap-y-1 rounded bg-slate-50 p-3 text-sm sm:grid-cols-[7rem_1fr_7rem_1fr]" data-testid="publicity-detail">
        <dt className="text-slate-500">公示单位</dt>
        <dd>{unitName}</dd>
        <dt className="text-slate-500">状态</dt>
        <dd>{PUBLICITY_STATUS_LABELS[publicity.status]}</dd>
        <dt className="text-slate-500">公示起始日期</dt>
        <dd>{publicity.startDate}</dd>
        <dt className="text-slate-500">公示结束日期</dt>
        <dd data-testid="publicity-end">{publicity.endDate}</dd>
        <dt className="text-slate-500">公示天数</dt>
        <dd>{publicity.workingDays} 个工作日</dd>
        <dt className="text-slate-500">联系人</dt>
        <dd>
          {publicity.contactName} {publicity.contactPhone}
        </dd>
        <dt className="text-slate-500">公示内容</dt>
        <dd className="whitespace-pre-wrap sm:col-span-3">{publicity.content}</dd>
      </dl>
      <Table head={["序号", "姓名", "身份证号", "现任职称", "申报职称", "专业", "状态"]} caption="公示名单">
        {rows.map((r, i) => (
          <tr key={r.id} className="border-b border-slate-100">
            <td className="p-2">{i + 1}</td>
            <td className="p-2">{r.name}</td>
            <td className="p-2">{r.idNumberMasked}</td>
            <td className="p-2">{r.currentTitle}</td>
            <td className="p-2">{r.targetTitle}</td>
            <td className="p-2">{r.specialty}</td>
            <td className="p-2">
              <StatusBadge status={r.status} />
            </td>
          </tr>
        ))}
      </Table>
      <div className="flex flex-wrap items-start gap-3">
        <a href={`/title/review/publicity/${publicity.id}/pdf`} className="rounded border border-slate-300 px-4 py-2 text-sm hover:bg-slate-100" download>
          下载公示表
        </a>
        <OutcomeBoard>{publicity.status === "OPEN" ? <RowAction label="完成公示" variant="primary" payload={{ id: publicity.id }} action={completePublicityAction} /> : null}</OutcomeBoard>
      </div>
      <Link href="/title/review/publicity" className="text-sm text-brand-700 underline">
        返回申报公示
      </Link>
    </div>
  );
}
