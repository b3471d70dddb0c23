"use server";

import { revalidatePath } from "next/cache";
import { personAction } from "@/lib/action";
import { saveDeclaration } from "@/lib/declarations/save-declaration";
import { submitDeclaration } from "@/lib/declarations/submit-declaration";
import { saveDeclarationSchema, submitDeclarationSchema, type SaveDeclarationInput } from "@/lib/declarations/schemas";

export async function saveDeclarationAction(input: SaveDeclarationInput) {
  const res = await personAction(saveDeclarationSchema, input, ({ actor, ip, data }) => saveDeclaration({ actor, ip, input: data }), "保存成功");
  if (res.ok) revalidatePath("/title/declarations");
  return res;
}

/**
 * 申报 takes the whole burst at the window's opening, so the press does nothing but the move: no revalidation (it
 * would re-render the page into the answer, and the router would then prefetch every menu link again). The row
 * shows the new state from the answer itself and sends the state it showed, so the press is one statement.
 */
export async function submitDeclarationAction(input: { id: string; status: "DRAFT" | "RETURNED"; version: number }) {
  return personAction(
    submitDeclarationSchema,
    input,
    async ({ actor, ip, data: { id, status, version } }) => {
      const now = new Date();
      const moved = await submitDeclaration({ actor, ip, id, now, seen: { status, version } });
      return { status: moved, submittedAt: now.toISOString() };
    },
    "申报成功",
  );
}
