import "server-only";
import type { Tx } from "@/lib/db/client";
import { smsSender } from "@/lib/sms/sms-sender";

/** A return or refusal reaches the applicant by SMS too, in the transaction that made it. */
export async function notifyApplicant(tx: Tx, to: { applicantName: string; applicantMobile: string | null }, text: string) {
  if (!to.applicantMobile) return;
  await smsSender().send(tx, { mobile: to.applicantMobile, purpose: "declaration-review", content: `【贵州人社】${to.applicantName}，${text}` });
}
