import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { reaches, unitScope } from "@/lib/auth/scope";
import { AppError, notFound } from "@/lib/errors";
import { loadCandidate } from "@/lib/accounts/load-candidate";
import { adminDesignatorRefusal, newAdminRefusal } from "@/lib/accounts/rules";
import { maskIdNumber } from "@/lib/validation/id-number";
import { UNIT_NOT_FOUND, type DesignateAdminInput } from "./schemas";

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
    const { actor } = opts;
    // The unit login reaches its own unit; a person the units of their 更换管理员 scope.
    const reach = actor.kind === "unit" ? { id: actor.unitId } : await unitScope(tx, actor, "unit.changeAdmin");
    const unit = await tx.unit.findFirst({ where: { id: unitId, status: "ACTIVE", AND: [reach] }, select: { superiorId: true } });
    if (!unit) throw notFound(UNIT_NOT_FOUND);
    const current = await tx.roleGrant.findFirst({ where: { unitId, role: "UNIT_ADMIN" } });
    let refusal: string | null;
    if (actor.kind === "unit") {
      refusal = adminDesignatorRefusal({ via: "unitLogin", hasAdmin: !!current, isCurrentAdmin: false, isSuperiorAdmin: false, hasSuperior: !!unit.superiorId, isRegionBureauAdmin: false });
    } else {
      const bureauGrants = { ...actor, grants: actor.grants.filter((g) => g.unitKind === "HR_BUREAU") };
      refusal = adminDesignatorRefusal({
        via: "person",
        hasAdmin: !!current,
        isCurrentAdmin: current?.userId === actor.userId,
        isSuperiorAdmin: !!unit.superiorId && actor.grants.some((g) => g.role === "UNIT_ADMIN" && g.unitId === unit.superiorId),
        hasSuperior: !!unit.superiorId,
        isRegionBureauAdmin: !current && !unit.superiorId && (await reaches(tx, bureauGrants, "unit.changeAdmin", unitId)),
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
