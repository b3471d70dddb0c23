import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password-hash";
import { assertRegistrationAllowed, countRegistration } from "@/lib/auth/registration-limit";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { invalid } from "@/lib/errors";
import { realPersonCheck } from "@/lib/real-person/real-person-check";
import type { RegisterPersonInput } from "./schemas";

export const DUPLICATE_PERSON = "该身份证号已注册，请直接登录";

/** 个人注册: one account per ID number, created only after the real-person check passes. */
export async function registerPerson(opts: { input: RegisterPersonInput; ip: string }) {
  const { input } = opts;
  await assertRegistrationAllowed(opts.ip);
  if (await db.user.findUnique({ where: { idNumber: input.idNumber }, select: { id: true } })) throw invalid(DUPLICATE_PERSON, "idNumber");
  const check = await realPersonCheck().verify({ name: input.name, idNumber: input.idNumber, confirmed: input.realPersonConfirmed });
  if (!check.verified) throw invalid("实人认证未通过，请本人重新认证", "realPersonConfirmed");
  const passwordHash = await hashPassword(input.password);
  try {
    const created = await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { idNumber: input.idNumber, name: input.name, mobile: input.mobile, passwordHash, realPersonVerified: true },
      });
      await recordAudit(tx, {
        actor: { kind: "person", userId: user.id, name: user.name, unitId: null, grants: [] },
        ip: opts.ip,
        action: "个人注册",
        entityType: "User",
        entityId: user.id,
        detail: { realPerson: check.method },
      });
      return { id: user.id };
    });
    await countRegistration(opts.ip);
    return created;
  } catch (e) {
    if (isUniqueViolation(e)) throw invalid(DUPLICATE_PERSON, "idNumber");
    throw e;
  }
}
