import type { Metadata } from "next";
import { requirePerson } from "@/lib/auth/session";
import { listMyCertificates } from "@/lib/certificates/list-my-certificates";
import { STATUS_LABELS } from "@/lib/certificates/rules";
import { formatShanghai } from "@/lib/time";
import { PageTitle } from "@/components/ui/page-title";
import { Table } from "@/components/ui/list-page";

export const metadata: Metadata = { title: "我的证书" };

export default async function MyCertificatesPage() {
  const actor = await requirePerson();
  const rows = await listMyCertificates(actor);
  return (
    <div>
      <PageTitle title="我的证书" trail={["个人办事", "我的证书"]} />
      <p className="mb-3 text-sm text-slate-600">证书经省人社厅专技处确认后可被公开查询；这里列出每本证书被查询的次数和最近的查询时间（不记录查询人）。</p>
      <Table head={["证书编号", "专业技术资格名称", "取得资格时间", "状态", "被查询次数", "最近查询时间"]} caption="我的证书">
        {rows.map((c) => (
          <tr key={c.id} className="border-b border-slate-100" data-testid="my-certificate">
            <td className="p-2">{c.number}</td>
            <td className="p-2">{c.titleName}</td>
            <td className="p-2">{c.obtainedOn}</td>
            <td className="p-2">{STATUS_LABELS[c.status]}</td>
            <td className="p-2">{c.lookupCount}</td>
            <td className="p-2">{c.recentLookups.map((at) => formatShanghai(at, "yyyy-MM-dd HH:mm")).join("、") || "—"}</td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
