"use server";

import { isFormData, NOT_FORM_DATA, personAction, refreshOnSuccess } from "@/lib/action";
import { uploadedFileOf } from "@/lib/storage/check-upload";
import { batchDecisionSchema, certificateSchema, photoReviewSchema, photoUploadSchema, submitBatchSchema } from "@/lib/certificates/schemas";
import { createCertificate } from "@/lib/certificates/create-certificate";
import { decideCertificateBatch } from "@/lib/certificates/decide-certificate-batch";
import { reviewCertificatePhoto } from "@/lib/certificates/review-certificate-photo";
import { submitCertificateBatch } from "@/lib/certificates/submit-certificate-batch";
import { uploadCertificatePhoto } from "@/lib/certificates/upload-certificate-photo";

// 证书补录's entry points: validate, call the business function (which authorizes), refresh the list.

const done = refreshOnSuccess("/title/certificates", "page");

export async function createCertificateAction(input: unknown) {
  return done(await personAction(certificateSchema, input, ({ actor, ip, data }) => createCertificate({ actor, ip, values: data }), "证书已保存"));
}

export async function reviewPhotoAction(input: unknown) {
  return done(
    await personAction(
      photoReviewSchema,
      input,
      ({ actor, ip, data }) => reviewCertificatePhoto({ actor, ip, id: data.id, version: data.version, approve: data.approve, reason: data.approve ? undefined : data.reason }),
      (data) => (data.approve ? "照片已审核通过" : "照片已退回，本人可见退回原因"),
    ),
  );
}

export async function submitBatchAction(input?: unknown) {
  return done(
    await personAction(submitBatchSchema, input ?? {}, async ({ actor, ip }) => {
      const batch = await submitCertificateBatch({ actor, ip });
      return batch.count;
    }, "已提交至省人社厅专技处确认"),
  );
}

export async function decideBatchAction(input: unknown) {
  return refreshOnSuccess("/title/certificate-batches")(
    await personAction(
      batchDecisionSchema,
      input,
      ({ actor, ip, data }) => decideCertificateBatch({ actor, ip, id: data.id, confirm: data.confirm, reason: data.confirm ? undefined : data.reason }),
      (data) => (data.confirm ? "已确认，证书可在证书查询中查到" : "已退回"),
    ),
  );
}

export async function uploadPhotoAction(formData: FormData) {
  if (!isFormData(formData)) return NOT_FORM_DATA;
  const file = await uploadedFileOf(formData, "file");
  return refreshOnSuccess("/personal/certificates")(
    await personAction(
      photoUploadSchema,
      { certificateId: formData.get("certificateId") },
      ({ actor, ip, data }) => uploadCertificatePhoto({ actor, ip, certificateId: data.certificateId, file }),
      "照片已提交，请等待评委会组建单位审核",
    ),
  );
}
