import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { maskMobile } from "@/lib/validation/mobile";
import { issueSmsCode } from "@/lib/sms/sms-code";
import { checkSignInPassword } from "./password-hash";
import { assertNotLocked, recordLoginFailure } from "./login-lockout";
import { UNIT_LOGIN_PURPOSE } from "./sign-in";

/** The code goes only to the contact mobile given at registration, and only after the password is right. */
export async function sendUnitLoginCode(input: { account: string; password: string; ip: string }) {
  const account = input.account.trim().toUpperCase();
  const key = `unit:${account}`;
  await assertNotLocked(key, input.ip, input.password);
  const unit = await db.unit.findUnique({ where: { loginAccount: account } });
  if (!(await checkSignInPassword(unit?.passwordHash, input.password)) || !unit) {
    await recordLoginFailure(key, input.ip);
    throw new AppError("UNAUTHENTICATED", "账号或密码错误");
  }
  if (unit.status !== "ACTIVE" || !unit.contactMobile) throw new AppError("FORBIDDEN", "单位尚未通过注册审核，无法登录");
  const mobile = unit.contactMobile;
  await db.$transaction(async (tx) => {
    await issueSmsCode(tx, { purpose: UNIT_LOGIN_PURPOSE, subject: unit.id, mobile, label: "登录单位账号" });
    await recordAudit(tx, { actor: null, ip: input.ip, action: "发送单位登录验证码", entityType: "Unit", entityId: unit.id });
  });
  return { maskedMobile: maskMobile(mobile) };
}
