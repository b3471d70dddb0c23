"use server";

import { revalidatePath } from "next/cache";
import { personAction } from "@/lib/action";
import { saveDeclaration } from "@/lib/declarations/save-declaration";
import { submitDeclaration } from "@/lib/declarations/submit-declaration";
import { declarationRefSchema, saveDeclarationSchema, type SaveDeclarationInput } from "@/lib/declarations/schemas";
import { formatShanghai } from "@/lib/time";

export async function saveDeclarationAction(input: SaveDeclarationInput) {
  const res = await personAction(saveDeclarationSchema, input, ({ actor, ip, data }) => saveDeclaration({ actor, ip, input: data }), "保存成功");
  if (res.ok) revalidatePath("/title/declarations");
  return res;
}

/**
 * 申报 takes the whole burst at the window's opening, so the press does nothing but the move: no revalidation (it
 * would re-render the page into the answer, and the router would then prefetch every menu link again). The row
 * shows the new state from the answer itself.
 */
export async function submitDeclarationAction(input: { id: string }) {
  return personAction(
    declarationRefSchema,
    input,
    async ({ actor, ip, data }) => {
      const now = new Date();
      const status = await submitDeclaration({ actor, ip, id: data.id, now });
      return { status, submittedAt: formatShanghai(now, "yyyy-MM-dd HH:mm") };
    },
    "申报成功",
  );
}
