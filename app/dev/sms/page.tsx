import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { listOutbox } from "@/lib/sms/list-outbox";
import { env } from "@/lib/env";
import { formatShanghai } from "@/lib/time";

export const metadata: Metadata = { title: "短信发件箱（开发环境）" };

// Stands in for the SMS gateway on development and demo machines only (SMS_OUTBOX_PAGE=true).
export default async function SmsOutboxPage() {
  await connection();
  if (env().SMS_OUTBOX_PAGE !== "true") notFound();
  const messages = await listOutbox();
  return (
    <main className="mx-auto max-w-3xl p-4">
      <h1 className="text-xl font-semibold">短信发件箱（开发环境）</h1>
      <p className="mb-3 text-sm text-amber-700">此页面模拟短信网关，仅在开发和演示环境开启。</p>
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
