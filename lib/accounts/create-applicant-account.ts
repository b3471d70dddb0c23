import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password-hash";
import { INITIAL_PASSWORD } from "@/lib/auth/password-policy";
import type { PersonActor } from "@/lib/auth/permissions";
import { unitScope } from "@/lib/auth/scope";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { invalid, notFound } from "@/lib/errors";
import { UNIT_NOT_FOUND } from "@/lib/units/schemas";
import { APPLICANT_USER_TYPE, type AddApplicantInput } from "./schemas";

const EXISTS = "该身份证号已有账号，请本人登录后在个人资料中申请绑定本单位";

/** 个人账号管理 → 添加 (2023 flow): account = ID number, initial password 123@abc, changed at first login. */
export async function createApplicantAccount(opts: { actor: PersonActor; ip: string; unitId: string; input: AddApplicantInput }) {
  const { input } = opts;
  const passwordHash = await hashPassword(INITIAL_PASSWORD);
  try {
    return await db.$transaction(async (tx) => {
      const unit = await tx.unit.findFirst({ where: { id: opts.unitId, AND: [await unitScope(tx, opts.actor, "account.createApplicant")] }, select: { id: true } });
      if (!unit) throw notFound(UNIT_NOT_FOUND);
      if (await tx.user.findUnique({ where: { idNumber: input.idNumber }, select: { id: true } })) throw invalid(EXISTS, "idNumber");
      const user = await tx.user.create({
        data: { idNumber: input.idNumber, name: input.name, mobile: input.mobile, passwordHash, mustChangePassword: true, unitId: opts.unitId, createdById: opts.actor.userId },
      });
      await recordAudit(tx, { actor: opts.actor, ip: opts.ip, action: "添加个人账号", entityType: "User", entityId: user.id, detail: { userType: APPLICANT_USER_TYPE, unitId: opts.unitId } });
      return { id: user.id };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw invalid(EXISTS, "idNumber");
    throw e;
  }
}
