import type { Metadata } from "next";
import Link from "next/link";
import { requirePerson } from "@/lib/auth/session";
import { listMyCertificates } from "@/lib/certificates/list-my-certificates";
import { mayUploadPhoto, PHOTO_STATUS_LABELS, STATUS_LABELS } from "@/lib/certificates/rules";
import { PageTitle } from "@/components/ui/page-title";
import { Table } from "@/components/ui/list-page";

export const metadata: Metadata = { title: "职称证书补录" };

export default async function MyCertificateEntryPage() {
  const actor = await requirePerson();
  const rows = await listMyCertificates(actor);
  return (
    <div>
      <PageTitle title="职称证书补录" trail={["个人办事", "职称证书补录", "立即办理"]} />
      <p className="mb-3 text-sm text-slate-600">找到需要提交照片的证书信息，点击“照片上传”。照片上传后，需等待评委会组建单位及省人社厅专技处审核，审核通过后可在“职称证书查询”中查询到证书信息。</p>
      {rows.length === 0 ? (
        <div role="note" className="rounded bg-amber-50 p-3 text-sm text-amber-900" data-testid="empty-certificates">
          <p className="font-medium">暂无您的证书信息。常见原因：</p>
          <ol className="ml-5 list-decimal">
            <li>注册时填写的证件号码与考试报名或职称申报时提供的证件号码不一致；</li>
            <li>评委会组建单位尚未将您的证书信息录入或导入系统。</li>
          </ol>
        </div>
      ) : (
        <Table head={["证书编号", "专业技术资格名称", "取得资格时间", "状态", "照片", "操作"]} caption="我的证书补录">
          {rows.map((c) => (
            <tr key={c.id} className="border-b border-slate-100" data-testid="my-certificate-row">
              <td className="p-2">{c.number}</td>
              <td className="p-2">{c.titleName}</td>
              <td className="p-2">{c.obtainedOn}</td>
              <td className="p-2">{STATUS_LABELS[c.status]}</td>
              <td className="p-2">
                {PHOTO_STATUS_LABELS[c.photoStatus]}
                {c.photoNote ? <span className="block text-xs text-red-600">退回原因：{c.photoNote}</span> : null}
              </td>
              <td className="p-2">
                {mayUploadPhoto(c) ? (
                  <Link href={`/personal/certificates/${c.id}`} className="text-brand-700 underline" aria-label={`照片上传 ${c.number}`}>
                    照片上传
                  </Link>
                ) : null}
              </td>
            </tr>
          ))}
        </Table>
      )}
    </div>
  );
}
