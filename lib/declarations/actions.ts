"use server";

import { revalidatePath } from "next/cache";
import { personAction } from "@/lib/action";
import { resubmitSupplement } from "@/lib/declarations/resubmit-supplement";
import { saveDeclaration } from "@/lib/declarations/save-declaration";
import { declarationRefSchema, saveDeclarationSchema, type SaveDeclarationInput } from "@/lib/declarations/schemas";

export async function saveDeclarationAction(input: SaveDeclarationInput) {
  const res = await personAction(saveDeclarationSchema, input, ({ actor, ip, data }) => saveDeclaration({ actor, ip, input: data }), "保存成功");
  if (res.ok) revalidatePath("/title/declarations");
  return res;
}

export async function resubmitSupplementAction(input: { id: string }) {
  const res = await personAction(declarationRefSchema, input, ({ actor, ip, data }) => resubmitSupplement({ actor, ip, id: data.id }), "补充材料已提交");
  revalidatePath("/title/supplements");
  return res;
}
