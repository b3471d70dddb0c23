import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { normaliseIdNumber } from "@/lib/validation/id-number";
import { personLoginSchema, unitLoginSchema } from "@/lib/accounts/schemas";
import { consumeSmsCode } from "@/lib/sms/sms-code";
import { checkSignInPassword } from "./password-hash";
import { startAuthSession } from "./auth-session";
import { assertNotLocked, clearLoginFailures, recordLoginFailure } from "./login-lockout";

// Credential checks behind both login forms. Every outcome is audited; wrong credentials get one message that
// does not reveal which part was wrong, and every attempt past the form's own checks does one argon2 verification
// (a locked, unknown or disabled account as much as a known one), so the answer's time does not tell them apart.

type OpenSession = { sessionId: string; startedAt: number };

export type SignedIn =
  | ({ kind: "person"; id: string; name: string; sessionVersion: number; mustChangePassword: boolean } & OpenSession)
  | ({ kind: "unit"; id: string; name: string; sessionVersion: number; mustChangePassword: false } & OpenSession);

const WRONG = "账号或密码错误";

async function audit(action: string, entityType: string, entityId: string | null, label: string, ip: string) {
  await db.$transaction((tx) =>
    recordAudit(tx, { actor: null, ip, action, entityType, entityId, detail: { account: label } }),
  );
}

export async function signInPerson(input: { idNumber: string; password: string; ip: string }): Promise<SignedIn> {
  // What the form's own schema refuses is no account at all (and a NUL would not even reach the database).
  if (!personLoginSchema.safeParse(input).success) throw new AppError("UNAUTHENTICATED", WRONG);
  const idNumber = normaliseIdNumber(input.idNumber);
  const key = `person:${idNumber}`;
  await assertNotLocked(key, input.ip, input.password);
  const user = await db.user.findUnique({ where: { idNumber } });
  const ok = await checkSignInPassword(user?.passwordHash, input.password);
  if (!user || !ok) {
    await audit("登录失败", "User", user?.id ?? null, idNumber, input.ip);
    await recordLoginFailure(key, input.ip);
    throw new AppError("UNAUTHENTICATED", WRONG);
  }
  if (user.status === "DISABLED") {
    await audit("登录被拒（账号已禁用）", "User", user.id, idNumber, input.ip);
    throw new AppError("FORBIDDEN", "账号已被禁用，请联系所在单位管理员启用");
  }
  await clearLoginFailures(key);
  const actor = { kind: "person" as const, userId: user.id, name: user.name, unitId: user.unitId, grants: [] };
  const session = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await recordAudit(tx, { actor, ip: input.ip, action: "登录", entityType: "User", entityId: user.id });
    return startAuthSession(tx, { actor, ip: input.ip });
  });
  return { kind: "person", id: user.id, name: user.name, sessionVersion: user.sessionVersion, mustChangePassword: user.mustChangePassword, ...session };
}

export const UNIT_LOGIN_PURPOSE = "unit-login";

export async function findUnitForLogin(account: string) {
  return db.unit.findUnique({ where: { loginAccount: account.trim().toUpperCase() } });
}

export async function signInUnit(input: { account: string; password: string; code: string; ip: string }): Promise<SignedIn> {
  if (!unitLoginSchema.safeParse(input).success) throw new AppError("UNAUTHENTICATED", WRONG);
  const account = input.account.trim().toUpperCase();
  const key = `unit:${account}`;
  await assertNotLocked(key, input.ip, input.password);
  const unit = await findUnitForLogin(account);
  const ok = await checkSignInPassword(unit?.passwordHash, input.password);
  if (!unit || !ok) {
    await audit("单位登录失败", "Unit", unit?.id ?? null, account, input.ip);
    await recordLoginFailure(key, input.ip);
    throw new AppError("UNAUTHENTICATED", WRONG);
  }
  if (unit.status !== "ACTIVE") {
    throw new AppError("FORBIDDEN", unit.status === "PENDING_REVIEW" ? "单位注册信息正在人工审核中，审核通过后方可登录" : "单位注册未通过审核，无法登录");
  }
  const codeOk = await db.$transaction((tx) => consumeSmsCode(tx, { purpose: UNIT_LOGIN_PURPOSE, subject: unit.id, code: input.code }));
  if (!codeOk) {
    await audit("单位登录失败（验证码错误）", "Unit", unit.id, account, input.ip);
    await recordLoginFailure(key, input.ip);
    throw new AppError("INVALID", "短信验证码不正确", "code");
  }
  await clearLoginFailures(key);
  const actor = { kind: "unit" as const, unitId: unit.id, name: unit.name };
  const session = await db.$transaction(async (tx) => {
    await recordAudit(tx, { actor, ip: input.ip, action: "单位登录", entityType: "Unit", entityId: unit.id });
    return startAuthSession(tx, { actor, ip: input.ip });
  });
  return { kind: "unit", id: unit.id, name: unit.name, sessionVersion: 0, mustChangePassword: false, ...session };
}
