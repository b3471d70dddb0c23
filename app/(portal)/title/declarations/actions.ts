"use server";

import { revalidatePath } from "next/cache";
import { personAction } from "@/lib/action";
import { saveDeclaration } from "@/lib/declarations/save-declaration";
import { saveDeclarationSchema, type SaveDeclarationInput } from "@/lib/declarations/schemas";

export async function saveDeclarationAction(input: SaveDeclarationInput) {
  const res = await personAction(saveDeclarationSchema, input, ({ actor, ip, data }) => saveDeclaration({ actor, ip, input: data }), "保存成功");
  if (res.ok) revalidatePath("/title/declarations");
  return res;
}
