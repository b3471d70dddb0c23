"use server";

import { revalidatePath } from "next/cache";
import { isFormData, NOT_FORM_DATA, personAction } from "@/lib/action";
import { uploadedFileOf } from "@/lib/storage/check-upload";
import { uploadCertificatePhoto } from "@/lib/certificates/upload-certificate-photo";
import { photoUploadSchema } from "@/lib/certificates/schemas";

export async function uploadPhotoAction(formData: FormData) {
  if (!isFormData(formData)) return NOT_FORM_DATA;
  const file = await uploadedFileOf(formData, "file");
  const res = await personAction(photoUploadSchema, { certificateId: formData.get("certificateId") }, ({ actor, ip, data }) =>
    uploadCertificatePhoto({ actor, ip, certificateId: data.certificateId, file }),
  "照片已提交，请等待评委会组建单位审核");
  if (res.ok) revalidatePath("/personal/certificates", "layout");
  return res;
}
