"use server";

import { personAction, refreshOnSuccess } from "@/lib/action";
import { certificateSchema, photoReviewSchema, submitBatchSchema } from "@/lib/certificates/schemas";
import { createCertificate } from "@/lib/certificates/create-certificate";
import { reviewCertificatePhoto } from "@/lib/certificates/review-certificate-photo";
import { submitCertificateBatch } from "@/lib/certificates/submit-certificate-batch";

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
