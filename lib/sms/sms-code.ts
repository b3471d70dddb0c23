import "server-only";
import { createHash, randomInt, timingSafeEqual } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { smsSender } from "./sms-sender";

// One-time SMS codes: six digits, valid 5 minutes, 5 tries, one resend per minute; only a hash is stored.

const VALID_MS = 5 * 60_000;
const RESEND_MS = 60_000;
const MAX_ATTEMPTS = 5;

const digest = (code: string) => createHash("sha256").update(code).digest("hex");

export async function issueSmsCode(tx: Tx, opts: { purpose: string; subject: string; mobile: string; label: string }) {
  const recent = await tx.smsCode.findFirst({
    where: { purpose: opts.purpose, subject: opts.subject, createdAt: { gt: new Date(Date.now() - RESEND_MS) } },
  });
  if (recent) throw new AppError("CONFLICT", "验证码已发送，请1分钟后再试", "code");
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  await tx.smsCode.create({
    data: { purpose: opts.purpose, subject: opts.subject, codeHash: digest(code), expiresAt: new Date(Date.now() + VALID_MS) },
  });
  await smsSender().send(tx, {
    mobile: opts.mobile,
    purpose: opts.purpose,
    content: `【贵州人社】您正在${opts.label}，验证码${code}，5分钟内有效。如非本人操作，请忽略。`,
  });
}

/** Consumes the newest live code if it matches; every wrong try counts. */
export async function consumeSmsCode(tx: Tx, opts: { purpose: string; subject: string; code: string }) {
  const live = await tx.smsCode.findFirst({
    where: { purpose: opts.purpose, subject: opts.subject, consumedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
  });
  if (!live || live.attempts >= MAX_ATTEMPTS) throw new AppError("INVALID", "验证码已失效，请重新获取", "code");
  const matches = timingSafeEqual(Buffer.from(live.codeHash), Buffer.from(digest(opts.code.trim())));
  const updated = await tx.smsCode.updateMany({
    where: { id: live.id, consumedAt: null },
    data: matches ? { consumedAt: new Date() } : { attempts: { increment: 1 } },
  });
  if (!matches) return false;
  return updated.count === 1;
}
