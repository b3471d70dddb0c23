"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { personAction } from "@/lib/action";
import { uploadedFileOf } from "@/lib/storage/check-upload";
import { uploadCertificatePhoto } from "@/lib/certificates/upload-certificate-photo";

export async function uploadPhotoAction(formData: FormData) {
  const file = await uploadedFileOf(formData, "file");
  const res = await personAction(z.object({ certificateId: z.string().min(1) }), { certificateId: formData.get("certificateId") }, ({ actor, ip, data }) =>
    uploadCertificatePhoto({ actor, ip, certificateId: data.certificateId, file }),
  "照片已提交，请等待评委会组建单位审核");
  if (res.ok) revalidatePath("/personal/certificates", "layout");
  return res;
}
