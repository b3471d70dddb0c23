"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action";
import { requirePerson } from "@/lib/auth/session";
import { saveDeclaration } from "@/lib/declarations/save-declaration";
import { submitDeclaration } from "@/lib/declarations/submit-declaration";
import { declarationRefSchema, saveDeclarationSchema, type SaveDeclarationInput } from "@/lib/declarations/schemas";
import { clientIp } from "@/lib/request-ip";

export async function saveDeclarationAction(input: SaveDeclarationInput) {
  const actor = await requirePerson();
  const ip = await clientIp();
  const res = await runAction(saveDeclarationSchema, input, (data) => saveDeclaration({ actor, ip, input: data }), "保存成功");
  if (res.ok) revalidatePath("/title/declarations");
  return res;
}

export async function submitDeclarationAction(input: { id: string }) {
  const actor = await requirePerson();
  const ip = await clientIp();
  const res = await runAction(declarationRefSchema, input, (data) => submitDeclaration({ actor, ip, id: data.id }), "申报成功");
  revalidatePath("/title/declarations");
  return res;
}
