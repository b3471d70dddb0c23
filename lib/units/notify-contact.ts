import "server-only";
import type { Tx } from "@/lib/db/client";
import { smsSender } from "@/lib/sms/sms-sender";

/** Registration outcomes go to the contact mobile given at registration. */
export async function notifyUnitContact(tx: Tx, mobile: string | null, text: string) {
  if (!mobile) return;
  await smsSender().send(tx, { mobile, purpose: "unit-registration", content: `【贵州人社】${text}` });
}
