import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getCertificateBatch } from "@/lib/certificates/list-certificate-batches";
import { BATCH_STATUS_LABELS, SUBMITTED } from "@/lib/certificates/rules";
import { PageTitle } from "@/components/ui/page-title";
import { Table } from "@/components/ui/list-page";
import { RowAction } from "@/components/ui/row-action";
import { OutcomeBoard } from "@/components/ui/decision-outcome";
import { ReasonAction } from "@/components/certificates/reason-action";
import { decideBatchAction } from "@/lib/certificates/actions";

export const metadata: Metadata = { title: "证书确认" };

export default async function CertificateBatchPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("certificate.confirm");
  const { id } = await params;
  const batch = await getCertificateBatch({ actor, id }).catch((e) => (e instanceof AppError ? null : Promise.reject(e)));
  if (!batch) notFound();
  return (
    <div className="flex flex-col gap-4">
      <PageTitle title={`证书确认：${batch.unitName}`} trail={["职称评审子系统", "证书管理", "证书确认", "审核"]} />
      <p className="text-sm">
        共{batch.count}条，状态：{BATCH_STATUS_LABELS[batch.status]}
        {batch.reason ? `，退回原因：${batch.reason}` : ""}
      </p>
      <Table head={["证书编号", "姓名", "身份证号", "专业技术资格名称", "级别", "系列", "专业", "取得资格时间", "照片"]} caption="批次证书">
        {batch.certificates.map((c) => (
          <tr key={c.id} className="border-b border-slate-100">
            <td className="p-2">{c.number}</td>
            <td className="p-2">{c.name}</td>
            <td className="p-2">{c.idNumber}</td>
            <td className="p-2">{c.titleName}</td>
            <td className="p-2">{c.level}</td>
            <td className="p-2">{c.series}</td>
            <td className="p-2">{c.specialty}</td>
            <td className="p-2">{c.obtainedOn}</td>
            <td className="p-2">
              {c.photoFileId ? (
                <a href={`/title/certificates/photos/${c.id}`} target="_blank" className="text-brand-700 underline">
                  查看
                </a>
              ) : (
                "无"
              )}
            </td>
          </tr>
        ))}
      </Table>
      <OutcomeBoard>
        {batch.status === SUBMITTED ? (
          <div className="flex flex-wrap items-start gap-3">
            <RowAction action={decideBatchAction} payload={{ id: batch.id, confirm: true as const }} label="确认" variant="primary" />
            <ReasonAction action={decideBatchAction} payload={{ id: batch.id, confirm: false as const }} label="退回" reasonLabel="退回原因" subject={batch.unitName} />
          </div>
        ) : null}
      </OutcomeBoard>
    </div>
  );
}
