import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/session";
import { listQuerySchema } from "@/lib/list-query";
import { listUnitCertificates } from "@/lib/certificates/list-unit-certificates";
import { awaitsPhotoReview, PHOTO_STATUS_LABELS, STATUS_LABELS } from "@/lib/certificates/rules";
import { ListPage, Table } from "@/components/ui/list-page";
import { RowAction } from "@/components/ui/row-action";
import { ReasonAction } from "@/components/certificates/reason-action";
import { reviewPhotoAction, submitBatchAction } from "@/lib/certificates/actions";

export const metadata: Metadata = { title: "证书补录" };

const linkButton = "inline-flex rounded border border-slate-300 px-3 py-2 text-sm hover:bg-slate-100";

export default async function CertificatesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePermission("certificate.entry");
  const params = await searchParams;
  const list = await listUnitCertificates({ actor, query: listQuerySchema.parse(params) });
  return (
    <ListPage
      title="证书补录"
      trail={["职称评审子系统", "证书管理", "证书补录"]}
      list={list}
      params={params}
      searchLabel="姓名或身份证号"
      intro="录入或导入本评委会评审通过人员的证书信息；专业技术人员登录后上传照片，照片全部审核通过后一次性提交至省人社厅专技处确认。"
      before={
        <div className="mb-3 flex flex-wrap items-start gap-2">
          <Link href="/title/certificates/new" className="inline-flex rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
            新增
          </Link>
          <Link href="/title/certificates/import" className={linkButton}>
            导入
          </Link>
          <a href="/title/certificates/template" className={linkButton}>
            下载模板
          </a>
          <span className="flex flex-col gap-1">
            <RowAction action={submitBatchAction} payload={undefined} label={`提交（${list.pendingCount}条）`} variant="primary" />
            {list.submitProblem ? <span className="text-xs text-slate-500">{list.submitProblem}</span> : null}
          </span>
        </div>
      }
    >
      <Table head={["证书编号", "姓名", "身份证号", "专业技术资格名称", "取得资格时间", "状态", "照片", "操作"]} caption="证书列表">
        {list.rows.map((c) => (
          <tr key={c.id} className="border-b border-slate-100" data-testid="certificate-row">
            <td className="p-2">{c.number}</td>
            <td className="p-2">{c.name}</td>
            <td className="p-2">{c.idNumber}</td>
            <td className="p-2">{c.titleName}</td>
            <td className="p-2">{c.obtainedOn}</td>
            <td className="p-2">{STATUS_LABELS[c.status]}</td>
            <td className="p-2">
              {PHOTO_STATUS_LABELS[c.photoStatus]}
              {c.photoFileId ? (
                <a href={`/title/certificates/photos/${c.id}`} target="_blank" className="ml-2 text-brand-700 underline" aria-label={`查看照片 ${c.name}`}>
                  查看
                </a>
              ) : null}
              {c.photoNote ? <span className="block text-xs text-red-600">退回原因：{c.photoNote}</span> : null}
            </td>
            <td className="p-2">
              {awaitsPhotoReview(c) ? (
                <div className="flex flex-wrap gap-2">
                  <RowAction action={reviewPhotoAction} payload={{ id: c.id, version: c.version, approve: true }} label="审核通过" ariaLabel={`审核通过 ${c.name}`} />
                  <ReasonAction
                    label="退回"
                    reasonLabel="退回原因"
                    subject={c.name}
                    action={reviewPhotoAction}
                    payload={{ id: c.id, version: c.version, approve: false as const }}
                  />
                </div>
              ) : null}
            </td>
          </tr>
        ))}
      </Table>
    </ListPage>
  );
}
