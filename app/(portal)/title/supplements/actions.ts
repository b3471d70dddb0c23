"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action";
import { requirePerson } from "@/lib/auth/session";
import { resubmitSupplement } from "@/lib/declarations/resubmit-supplement";
import { declarationRefSchema } from "@/lib/declarations/schemas";
import { clientIp } from "@/lib/request-ip";

export async function resubmitSupplementAction(input: { id: string }) {
  const actor = await requirePerson();
  const ip = await clientIp();
  const res = await runAction(declarationRefSchema, input, (data) => resubmitSupplement({ actor, ip, id: data.id }), "补充材料已提交");
  revalidatePath("/title/supplements");
  return res;
}
