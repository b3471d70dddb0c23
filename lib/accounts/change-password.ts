import "server-only";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password-hash";
import type { PersonActor } from "@/lib/auth/permissions";
import type { ChangePasswordInput } from "./schemas";

/** Ends every other session of the account (the version moves on) and returns the new version for this one. */
export async function changePassword(opts: { actor: PersonActor; ip: string; input: ChangePasswordInput }) {
  const user = await db.user.findUniqueOrThrow({ where: { id: opts.actor.userId } });
  if (!(await verifyPassword(user.passwordHash, opts.input.oldPassword))) {
    throw new AppError("INVALID", "旧密码不正确", "oldPassword");
  }
  const passwordHash = await hashPassword(opts.input.newPassword);
  return db.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: user.id, sessionVersion: user.sessionVersion },
      data: { passwordHash, mustChangePassword: false, sessionVersion: { increment: 1 } },
    });
    await recordAudit(tx, { actor: opts.actor, ip: opts.ip, action: "修改密码", entityType: "User", entityId: user.id });
    return { sessionVersion: updated.sessionVersion };
  });
}
