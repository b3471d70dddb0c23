import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requirePerson } from "@/lib/auth/session";
import { listMyCertificates } from "@/lib/certificates/list-my-certificates";
import { PHOTO_STATUS_LABELS } from "@/lib/certificates/rules";
import { PageTitle } from "@/components/ui/page-title";
import { PhotoUploadForm } from "@/components/certificates/photo-upload-form";

export const metadata: Metadata = { title: "照片上传" };

export default async function CertificatePhotoPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePerson();
  const { id } = await params;
  const certificate = (await listMyCertificates(actor)).find((c) => c.id === id);
  if (!certificate) notFound();
  return (
    <div className="flex flex-col gap-4">
      <PageTitle title="照片上传" trail={["个人办事", "职称证书补录", "照片上传"]} />
      <p className="text-sm">
        证书编号：{certificate.number}，{certificate.titleName}（{certificate.obtainedOn}），照片：{PHOTO_STATUS_LABELS[certificate.photoStatus]}
        {certificate.photoFileId ? (
          <a href={`/title/certificates/photos/${certificate.id}`} target="_blank" className="ml-2 text-brand-700 underline">
            查看已上传照片
          </a>
        ) : null}
      </p>
      {certificate.photoNote ? <p className="rounded bg-red-50 p-2 text-sm text-red-700">照片被退回：{certificate.photoNote}</p> : null}
      <PhotoUploadForm certificateId={certificate.id} />
    </div>
  );
}
