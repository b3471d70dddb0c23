import type { Db, Tx } from "@/lib/db/client";
import type { DeclarationStatus } from "@/lib/db/generated/enums";

/** Statuses in which a declaration is not (or no longer) under way: not yet submitted, or finished. */
export const NOT_IN_PROGRESS: DeclarationStatus[] = ["DRAFT", "REJECTED", "PASSED", "FAILED"];

/** Separation of duties: a person with a declaration under way may be made neither handler nor admin. */
export async function hasDeclarationInProgress(client: Db | Tx, userId: string): Promise<boolean> {
  const found = await client.declaration.findFirst({
    where: { applicantId: userId, status: { notIn: NOT_IN_PROGRESS } },
    select: { id: true },
  });
  return found !== null;
}
