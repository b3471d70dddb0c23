import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password-hash";
import { INITIAL_PASSWORD } from "@/lib/auth/password-policy";
import type { PersonActor } from "@/lib/auth/permissions";
import { grantUnitIds } from "@/lib/auth/scope";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { forbidden, invalid } from "@/lib/errors";
import type { InviteExpertValues } from "./schemas";

const IN_POOL = "该专家已在本单位专家库中";

/**
 * 专家库管理 → 邀请专家: by the 身份证号 of a person account; without one, an account is created with the initial
 * password (changed at first sign-in). The person gets the 专家 role at the pool's unit, which opens 专家个人信息维护.
 */
export async function inviteExpert(opts: { actor: PersonActor; ip: string; input: InviteExpertValues }) {
  const [poolUnitId] = grantUnitIds(opts.actor, "evaluation.manage");
  if (!poolUnitId) throw forbidden("只有组建评委会的单位可以管理专家库");
  const { input } = opts;
  const existing = await db.user.findUnique({ where: { idNumber: input.idNumber }, select: { id: true } });
  if (!existing && !input.name) throw invalid("该身份证号尚无账号，请填写姓名以创建账号", "name");
  const passwordHash = existing ? null : await hashPassword(INITIAL_PASSWORD);
  try {
    return await db.$transaction(async (tx) => {
      const user =
        (await tx.user.findUnique({ where: { idNumber: input.idNumber }, select: { id: true } })) ??
        (await tx.user.create({
          data: { idNumber: input.idNumber, name: input.name, passwordHash: passwordHash!, mustChangePassword: true, createdById: opts.actor.userId },
          select: { id: true },
        }));
      const expert = await tx.expert.create({
        data: {
          poolUnitId,
          userId: user.id,
          specialty: input.specialty,
          title: input.title,
          workUnitName: input.workUnitName,
          contact: input.contact,
          termStart: input.termStart,
          termEnd: input.termEnd,
          invitedById: opts.actor.userId,
        },
      });
      await tx.roleGrant.upsert({
        where: { userId_unitId_role: { userId: user.id, unitId: poolUnitId, role: "EXPERT" } },
        update: {},
        create: { userId: user.id, unitId: poolUnitId, role: "EXPERT", grantedById: opts.actor.userId },
      });
      await recordAudit(tx, {
        actor: opts.actor,
        ip: opts.ip,
        action: "邀请专家",
        entityType: "Expert",
        entityId: expert.id,
        detail: { userId: user.id, accountCreated: !existing, termStart: input.termStart, termEnd: input.termEnd },
      });
      return { expert, accountCreated: !existing };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw invalid(IN_POOL, "idNumber");
    throw e;
  }
}
