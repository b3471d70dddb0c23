"use server";

import { personAction, refreshOnSuccess } from "@/lib/action";
import { resubmitSupplement } from "@/lib/declarations/resubmit-supplement";
import { saveDeclaration } from "@/lib/declarations/save-declaration";
import { declarationRefSchema, saveDeclarationSchema, type SaveDeclarationInput } from "@/lib/declarations/schemas";

export async function saveDeclarationAction(input: SaveDeclarationInput) {
  return refreshOnSuccess("/title/declarations", "page")(
    await personAction(saveDeclarationSchema, input, ({ actor, ip, data }) => saveDeclaration({ actor, ip, input: data }), "保存成功"),
  );
}

export async function resubmitSupplementAction(input: { id: string }) {
  return refreshOnSuccess("/title/supplements", "page")(
    await personAction(declarationRefSchema, input, ({ actor, ip, data }) => resubmitSupplement({ actor, ip, id: data.id }), "补充材料已提交"),
  );
}
