import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/session";
import { listQuerySchema } from "@/lib/list-query";
import { listCertificateBatches } from "@/lib/certificates/list-certificate-batches";
import { BATCH_STATUS_LABELS, SUBMITTED } from "@/lib/certificates/rules";
import { formatShanghai } from "@/lib/time";
import { ListPage, Table } from "@/components/ui/list-page";

export const metadata: Metadata = { title: "证书确认" };

export default async function CertificateBatchesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePermission("certificate.confirm");
  const params = await searchParams;
  const list = await listCertificateBatches({ actor, query: listQuerySchema.parse(params) });
  return (
    <ListPage title="证书确认" trail={["职称评审子系统", "证书管理", "证书确认"]} list={list} params={params} filters={<span />}>
      <Table head={["提交单位", "证书数", "提交时间", "状态", "操作"]} caption="证书批次">
        {list.rows.map((b) => {
          // Only a submitted batch awaits a decision; the others are read.
          const verb = b.status === SUBMITTED ? "审核" : "详情";
          return (
            <tr key={b.id} className="border-b border-slate-100" data-testid="batch-row">
              <td className="p-2">{b.unitName}</td>
              <td className="p-2">{b.count}</td>
              <td className="p-2">{formatShanghai(b.submittedAt, "yyyy-MM-dd HH:mm")}</td>
              <td className="p-2">{BATCH_STATUS_LABELS[b.status]}</td>
              <td className="p-2">
                <Link href={`/title/certificate-batches/${b.id}`} className="text-brand-700 underline" aria-label={`${verb} ${b.unitName}`}>
                  {verb}
                </Link>
              </td>
            </tr>
          );
        })}
      </Table>
    </ListPage>
  );
}
