import "server-only";
import type { Tx } from "@/lib/db/client";
import { env } from "@/lib/env";

// SMS gateway behind an interface; the default keeps messages in an outbox table (shown on /dev/sms when enabled).

export interface SmsSender {
  send(tx: Tx, message: { mobile: string; content: string; purpose: string }): Promise<void>;
}

const outboxSender: SmsSender = {
  async send(tx, message) {
    await tx.smsMessage.create({ data: message });
  },
};

export function smsSender(): SmsSender {
  switch (env().SMS_ADAPTER) {
    case "outbox":
      return outboxSender;
  }
}
