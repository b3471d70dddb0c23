"use server";

import { revalidatePath } from "next/cache";
import { personAction } from "@/lib/action";
import { resubmitSupplement } from "@/lib/declarations/resubmit-supplement";
import { declarationRefSchema } from "@/lib/declarations/schemas";

export async function resubmitSupplementAction(input: { id: string }) {
  const res = await personAction(declarationRefSchema, input, ({ actor, ip, data }) => resubmitSupplement({ actor, ip, id: data.id }), "补充材料已提交");
  revalidatePath("/title/supplements");
  return res;
}
