import "server-only";
import { db } from "@/lib/db/client";

/** The latest messages of the SMS outbox adapter, for the development page that stands in for the gateway. */
export function listOutbox() {
  return db.smsMessage.findMany({ orderBy: { createdAt: "desc" }, take: 50 });
}
