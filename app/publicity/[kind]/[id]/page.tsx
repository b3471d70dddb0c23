import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import { getRunningPublicity } from "@/lib/review/running-publicities";
import { isPublicityKind, PUBLICITY_KIND_LABELS } from "@/lib/review/publicity-labels";
import { Table } from "@/components/ui/list-page";

export const metadata: Metadata = { title: "公示公告" };

export default async function RunningPublicityPage({ params }: { params: Promise<{ kind: string; id: string }> }) {
  const { kind, id } = await params;
  if (!isPublicityKind(kind)) notFound();
  const p = await getRunningPublicity({ kind, id }).catch((e) => {
    if (e instanceof AppError) notFound();
    throw e;
  });
  const withUnit = kind === "result";
  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-xs text-slate-500">公示公告 · {PUBLICITY_KIND_LABELS[kind]}</p>
        <h1 className="text-lg font-bold">{p.title}</h1>
      </div>
      <dl className="grid gap-x-4 gap-y-1 rounded bg-slate-50 p-3 text-sm sm:grid-cols-[7rem_1fr]" data-testid="publicity-detail">
        <dt className="text-slate-500">公示单位</dt>
        <dd>{p.unitName}</dd>
        <dt className="text-slate-500">公示期</dt>
        <dd>
          {p.startDate} 至 {p.endDate}（{p.workingDays}个工作日）
        </dd>
        <dt className="text-slate-500">公示内容</dt>
        <dd className="whitespace-pre-wrap">{p.content}</dd>
        <dt className="text-slate-500">联系人</dt>
        <dd>
          {p.contactName} {p.contactPhone}
        </dd>
      </dl>
      <Table head={["序号", ...(withUnit ? ["申报单位"] : []), "姓名", "身份证号", "现任职称", "申报职称", "专业"]} caption="公示名单">
        {p.rows.map((r, i) => (
          <tr key={i} className="border-b border-slate-100" data-testid="publicity-person">
            <td className="p-2">{i + 1}</td>
            {withUnit ? <td className="p-2">{r.unitName}</td> : null}
            <td className="p-2">{r.name}</td>
            <td className="p-2">{r.idNumberMasked}</td>
            <td className="p-2">{r.currentTitle}</td>
            <td className="p-2">{r.targetTitle}</td>
            <td className="p-2">{r.specialty}</td>
          </tr>
        ))}
      </Table>
      <div className="flex flex-wrap gap-4 text-sm">
        <a href={`/publicity/${kind}/${id}/pdf`} className="rounded border border-slate-300 px-4 py-2 hover:bg-slate-100" download>
          下载公示表
        </a>
        <Link href="/" className="self-center text-brand-700 underline">
          返回首页
        </Link>
      </div>
    </div>
  );
}
