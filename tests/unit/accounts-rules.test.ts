import { describe, expect, it } from "vitest";
import { adminDesignatorRefusal, newAdminRefusal, REFUSALS, roleGrantRefusal } from "@/lib/accounts/rules";

const candidate = (c: Partial<Parameters<typeof roleGrantRefusal>[0]["candidate"]> = {}) => ({ unitId: "u", status: "ACTIVE" as const, roles: [], declarationInProgress: false, ...c });

describe("roleGrantRefusal", () => {
  it.each([
    ["admin role only via 更换管理员", { role: "UNIT_ADMIN" as const, unitId: "u", candidate: candidate() }, REFUSALS.adminViaChange],
    ["not bound to the unit", { role: "UNIT_HANDLER" as const, unitId: "u", candidate: candidate({ unitId: "v" }) }, REFUSALS.notBound],
    ["disabled", { role: "UNIT_HANDLER" as const, unitId: "u", candidate: candidate({ status: "DISABLED" }) }, REFUSALS.disabled],
    ["already held", { role: "UNIT_HANDLER" as const, unitId: "u", candidate: candidate({ roles: ["UNIT_HANDLER"] }) }, REFUSALS.alreadyHeld],
    ["admin ≠ handler", { role: "UNIT_HANDLER" as const, unitId: "u", candidate: candidate({ roles: ["UNIT_ADMIN"] }) }, REFUSALS.adminNotHandler],
    ["declaration in progress", { role: "UNIT_HANDLER" as const, unitId: "u", candidate: candidate({ declarationInProgress: true }) }, REFUSALS.inProgress],
    ["fine", { role: "UNIT_HANDLER" as const, unitId: "u", candidate: candidate() }, null],
    ["expert during a declaration is fine", { role: "EXPERT" as const, unitId: "u", candidate: candidate({ declarationInProgress: true }) }, null],
  ])("%s", (_, input, expected) => expect(roleGrantRefusal(input)).toBe(expected));
});

describe("newAdminRefusal", () => {
  const base = { unitId: "u", currentAdminId: "old", candidateId: "new" };
  it.each([
    ["same person", { ...base, candidateId: "old", candidate: candidate() }, REFUSALS.sameAdmin],
    ["bound elsewhere", { ...base, candidate: candidate({ unitId: "v" }) }, REFUSALS.newAdminElsewhere],
    ["unbound is fine", { ...base, candidate: candidate({ unitId: null }) }, null],
    ["handler", { ...base, candidate: candidate({ roles: ["UNIT_HANDLER"] }) }, REFUSALS.handlerNotAdmin],
    ["in progress", { ...base, candidate: candidate({ declarationInProgress: true }) }, REFUSALS.inProgress],
  ])("%s", (_, input, expected) => expect(newAdminRefusal(input)).toBe(expected));
});

describe("adminDesignatorRefusal", () => {
  const base = { via: "person" as const, hasAdmin: true, isCurrentAdmin: false, isSuperiorAdmin: false, hasSuperior: false, isRegionBureauAdmin: false };
  it.each([
    ["current admin", { ...base, isCurrentAdmin: true }, null],
    ["superior admin for a sub-unit", { ...base, hasSuperior: true, isSuperiorAdmin: true }, null],
    ["someone else while an admin exists", base, REFUSALS.onlyCurrentAdmin],
    ["region bureau while an admin exists", { ...base, isRegionBureauAdmin: true }, REFUSALS.onlyCurrentAdmin],
    ["no admin, superior exists", { ...base, hasAdmin: false, hasSuperior: true }, REFUSALS.noAdminAskSuperior],
    ["no admin, no superior, bureau", { ...base, hasAdmin: false, isRegionBureauAdmin: true }, null],
    ["no admin, no superior, not bureau", { ...base, hasAdmin: false }, REFUSALS.noAdminAskBureau],
    ["unit login, first admin", { ...base, via: "unitLogin" as const, hasAdmin: false }, null],
    ["unit login, admin exists", { ...base, via: "unitLogin" as const }, REFUSALS.adminExists],
  ])("%s", (_, input, expected) => expect(adminDesignatorRefusal(input)).toBe(expected));
});
