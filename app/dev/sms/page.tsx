import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { listOutbox } from "@/lib/sms/list-outbox";
import { outboxPageOpen } from "@/lib/sms/outbox-access";
import { env } from "@/lib/env";
import { clientIp } from "@/lib/request-ip";
import { formatShanghai } from "@/lib/time";

export const metadata: Metadata = { title: "短信发件箱（演示环境）" };

// Stands in for the SMS gateway on development and demo machines only; see lib/sms/outbox-access.ts for who sees it.
export default async function SmsOutboxPage() {
  await connection();
  const open = outboxPageOpen({ enabled: env().SMS_OUTBOX_PAGE === "true", production: env().APP_ENV === "production", clientIp: await clientIp() });
  if (!open) notFound();
  const messages = await listOutbox();
  return (
    <main className="mx-auto max-w-3xl p-4">
      <h1 className="text-xl font-semibold">短信发件箱（演示环境）</h1>
      <p className="mb-3 text-sm text-amber-700">
        演示环境没有接入短信网关，平台发出的短信（含单位登录验证码）显示在此处，便于在本机试用。此页面只对本机访问开放，生产环境不提供。
      </p>
      <ul className="flex flex-col gap-2">
        {messages.map((m) => (
          <li key={m.id} className="rounded bg-white p-3 text-sm shadow-sm" data-testid="sms">
            <p className="text-xs text-slate-500">
              {formatShanghai(m.createdAt)} → <span data-testid="sms-mobile">{m.mobile}</span>
            </p>
            <p data-testid="sms-content">{m.content}</p>
          </li>
        ))}
      </ul>
    </main>
  );
}
