import "server-only";
import type { Tx } from "@/lib/db/client";
import { conflict, notFound } from "@/lib/errors";
import { filingMeetingRefusal } from "./rules";

/** Refuses, saying why, unless the filing is approved and valid today: no review outside a valid filing. */
export async function assertFilingCanMeet(tx: Tx, filingId: string, today: string) {
  const filing = await tx.evaluationFiling.findUnique({ where: { id: filingId } });
  if (!filing) throw notFound("评审权备案不存在");
  const refusal = filingMeetingRefusal(filing, today);
  if (refusal) throw conflict(`${filing.committeeName}：${refusal}`);
  return filing;
}
