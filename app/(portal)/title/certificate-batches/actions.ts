"use server";

import { revalidatePath } from "next/cache";
import { personAction } from "@/lib/action";
import { batchDecisionSchema } from "@/lib/certificates/schemas";
import { decideCertificateBatch } from "@/lib/certificates/decide-certificate-batch";

export async function decideBatchAction(input: unknown) {
  const res = await personAction(batchDecisionSchema, input, async ({ actor, ip, data }) => {
    await decideCertificateBatch({ actor, ip, id: data.id, confirm: data.confirm, reason: data.confirm ? undefined : data.reason });
    return data.confirm;
  });
  if (!res.ok) return res;
  revalidatePath("/title/certificate-batches", "layout");
  return { ...res, message: res.data ? "已确认，证书可在证书查询中查到" : "已退回" };
}
