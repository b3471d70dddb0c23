import type { Db, Tx } from "@/lib/db/client";
import { NOT_IN_PROGRESS } from "./state-machine";

/** Separation of duties: a person with a declaration under way may be made neither handler nor admin. */
export async function hasDeclarationInProgress(client: Db | Tx, userId: string): Promise<boolean> {
  const found = await client.declaration.findFirst({
    where: { applicantId: userId, status: { notIn: NOT_IN_PROGRESS } },
    select: { id: true },
  });
  return found !== null;
}
