import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { authorizeForUnit, unitTarget } from "@/lib/auth/authorize";
import { grantsFor, type Actor } from "@/lib/auth/permissions";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { loadCandidate } from "@/lib/accounts/load-candidate";
import { adminDesignatorRefusal, newAdminRefusal } from "@/lib/accounts/rules";
import { maskIdNumber } from "@/lib/validation/id-number";
import type { DesignateAdminInput } from "./schemas";

/**
 * 指定管理员 / 更换管理员 / 指定下级单位管理员, by the ID number of a registered person. The old admin loses the
 * role at once; an unbound new admin is bound to the unit. Answers who the new admin is and who lost the role.
 */
/** The audit action of a change of an existing admin (the first one is 指定管理员). */
export const ADMIN_CHANGE_AUDIT = "更换管理员";

export async function designateAdmin(opts: { actor: Actor; ip: string; input: DesignateAdminInput }) {
  const { unitId, idNumber } = opts.input;
  return db.$transaction(async (tx) => {
    // One admin change per unit at a time: the second waits and then sees the first one's result.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`admin:${unitId}`}))`;
    const unit = await tx.unit.findUnique({ where: { id: unitId } });
    if (!unit || unit.status !== "ACTIVE") throw notFound("单位不存在或尚未通过注册审核");
    const current = await tx.roleGrant.findFirst({ where: { unitId, role: "UNIT_ADMIN" } });
    const { actor } = opts;
    let refusal: string | null;
    if (actor.kind === "unit") {
      if (actor.unitId !== unitId) throw forbidden();
      refusal = adminDesignatorRefusal({ via: "unitLogin", hasAdmin: !!current, isCurrentAdmin: false, isSuperiorAdmin: false, hasSuperior: !!unit.superiorId, isRegionBureauAdmin: false });
    } else {
      await authorizeForUnit(tx, actor, "unit.changeAdmin", unitId);
      const target = await unitTarget(tx, unitId);
      refusal = adminDesignatorRefusal({
        via: "person",
        hasAdmin: !!current,
        isCurrentAdmin: current?.userId === actor.userId,
        isSuperiorAdmin: !!unit.superiorId && actor.grants.some((g) => g.role === "UNIT_ADMIN" && g.unitId === unit.superiorId),
        hasSuperior: !!unit.superiorId,
        isRegionBureauAdmin: grantsFor(actor, "unit.changeAdmin", target).some((g) => g.unitKind === "HR_BUREAU"),
      });
    }
    if (refusal) throw new AppError("FORBIDDEN", refusal);
    const { user } = await loadCandidate(tx, { idNumber });
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`grants:${user.id}`}))`;
    const { candidate } = await loadCandidate(tx, { id: user.id });
    const problem = newAdminRefusal({ unitId, currentAdminId: current?.userId ?? null, candidateId: user.id, candidate });
    if (problem) throw new AppError("CONFLICT", problem, "idNumber");
    if (current) await tx.roleGrant.delete({ where: { id: current.id } });
    if (!user.unitId) await tx.user.update({ where: { id: user.id }, data: { unitId } });
    await tx.roleGrant.create({ data: { userId: user.id, unitId, role: "UNIT_ADMIN", grantedById: actor.kind === "person" ? actor.userId : null } });
    await recordAudit(tx, {
      actor,
      ip: opts.ip,
      action: current ? ADMIN_CHANGE_AUDIT : "指定管理员",
      entityType: "Unit",
      entityId: unitId,
      detail: { from: current?.userId ?? null, to: user.id },
    });
    return { name: user.name, idNumberMasked: maskIdNumber(user.idNumber), previousAdminId: current?.userId ?? null };
  });
}
