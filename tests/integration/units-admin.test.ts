import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { designateAdmin } from "@/lib/units/designate-admin";
import { updateUnitInfo } from "@/lib/units/update-unit-info";
import { REFUSALS } from "@/lib/accounts/rules";
import { createPerson, createUnit } from "@/prisma/seed/factories";
import { actorOf, declarationOf, IP } from "./accounts-fixtures";

const unitLogin = (unit: { id: string; name: string }) => ({ kind: "unit" as const, unitId: unit.id, name: unit.name });

async function withAdmin() {
  const unit = await createUnit(db);
  const admin = await createPerson(db, { unitId: unit.id, roles: ["UNIT_ADMIN"] });
  return { unit, admin, actor: await actorOf(admin.id) };
}

describe("指定管理员与更换管理员", () => {
  it("the unit login designates the first admin by ID number; an unbound person is bound to the unit", async () => {
    const unit = await createUnit(db, { withLogin: true });
    const person = await createPerson(db);
    await designateAdmin({ actor: unitLogin(unit), ip: IP, input: { unitId: unit.id, idNumber: person.idNumber } });
    expect((await actorOf(person.id)).grants).toMatchObject([{ role: "UNIT_ADMIN", unitId: unit.id }]);
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).unitId).toBe(unit.id);
  });

  it("the unit login cannot replace an existing admin", async () => {
    const { unit } = await withAdmin();
    const person = await createPerson(db);
    await expect(designateAdmin({ actor: unitLogin(unit), ip: IP, input: { unitId: unit.id, idNumber: person.idNumber } })).rejects.toThrow(REFUSALS.adminExists);
  });

  it("an unregistered ID number is refused with a clear message", async () => {
    const unit = await createUnit(db);
    await expect(designateAdmin({ actor: unitLogin(unit), ip: IP, input: { unitId: unit.id, idNumber: "110101190001011009" } })).rejects.toThrow(
      "该身份证号尚未注册个人账号，请本人先完成个人注册",
    );
  });

  it("the current admin changes the admin; the old admin loses the role at once but stays in the unit", async () => {
    const { unit, admin, actor } = await withAdmin();
    const member = await createPerson(db, { unitId: unit.id });
    await designateAdmin({ actor, ip: IP, input: { unitId: unit.id, idNumber: member.idNumber } });
    expect((await actorOf(admin.id)).grants).toEqual([]);
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).unitId).toBe(unit.id);
    expect((await actorOf(member.id)).grants.map((g) => g.role)).toEqual(["UNIT_ADMIN"]);
  });

  it("only the current admin changes the admin: another member of the unit is refused", async () => {
    const { unit } = await withAdmin();
    const handler = await createPerson(db, { unitId: unit.id, roles: ["UNIT_HANDLER"] });
    const member = await createPerson(db, { unitId: unit.id });
    await expect(designateAdmin({ actor: await actorOf(handler.id), ip: IP, input: { unitId: unit.id, idNumber: member.idNumber } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("the new admin must be in the same unit or bound to no unit", async () => {
    const { unit, actor } = await withAdmin();
    const elsewhere = await createPerson(db, { unitId: (await createUnit(db)).id });
    await expect(designateAdmin({ actor, ip: IP, input: { unitId: unit.id, idNumber: elsewhere.idNumber } })).rejects.toMatchObject({ field: "idNumber", message: REFUSALS.newAdminElsewhere });
    const unbound = await createPerson(db);
    await designateAdmin({ actor, ip: IP, input: { unitId: unit.id, idNumber: unbound.idNumber } });
  });

  it("a handler must give up the role before becoming admin (admin ≠ handler)", async () => {
    const { unit, actor } = await withAdmin();
    const handler = await createPerson(db, { unitId: unit.id, roles: ["UNIT_HANDLER"] });
    await expect(designateAdmin({ actor, ip: IP, input: { unitId: unit.id, idNumber: handler.idNumber } })).rejects.toThrow(REFUSALS.handlerNotAdmin);
  });

  it("a person with a declaration in progress cannot become admin", async () => {
    const { unit, actor } = await withAdmin();
    const member = await createPerson(db, { unitId: unit.id });
    await declarationOf(member.id, unit.id, "UNIT_VERIFIED");
    await expect(designateAdmin({ actor, ip: IP, input: { unitId: unit.id, idNumber: member.idNumber } })).rejects.toThrow(REFUSALS.inProgress);
  });

  it("a unit without an admin gets one from its superior's admin; not from an unrelated admin", async () => {
    const parent = await withAdmin();
    const sub = await createUnit(db, { superiorId: parent.unit.id });
    const stranger = await withAdmin();
    const person = await createPerson(db);
    await expect(designateAdmin({ actor: stranger.actor, ip: IP, input: { unitId: sub.id, idNumber: person.idNumber } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await designateAdmin({ actor: parent.actor, ip: IP, input: { unitId: sub.id, idNumber: person.idNumber } });
    expect((await actorOf(person.id)).grants).toMatchObject([{ role: "UNIT_ADMIN", unitId: sub.id }]);
  });

  it("a unit with no admin and no superior gets one from its region's HR bureau admin only", async () => {
    const unit = await createUnit(db, { regionCode: "520300" });
    const zunyi = await createUnit(db, { kind: "HR_BUREAU", regionCode: "520300" });
    const zunyiAdmin = await actorOf((await createPerson(db, { unitId: zunyi.id, roles: ["UNIT_ADMIN"] })).id);
    const guiyang = await createUnit(db, { kind: "HR_BUREAU", regionCode: "520100" });
    const guiyangAdmin = await actorOf((await createPerson(db, { unitId: guiyang.id, roles: ["UNIT_ADMIN"] })).id);
    const person = await createPerson(db);
    await expect(designateAdmin({ actor: guiyangAdmin, ip: IP, input: { unitId: unit.id, idNumber: person.idNumber } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await designateAdmin({ actor: zunyiAdmin, ip: IP, input: { unitId: unit.id, idNumber: person.idNumber } });
    // Once the unit has an admin, the bureau no longer changes it: only the current admin does.
    const next = await createPerson(db);
    await expect(designateAdmin({ actor: zunyiAdmin, ip: IP, input: { unitId: unit.id, idNumber: next.idNumber } })).rejects.toThrow(REFUSALS.onlyCurrentAdmin);
  });

  it("two changes of one unit's admin at once leave exactly one admin", async () => {
    const { unit, actor } = await withAdmin();
    const a = await createPerson(db, { unitId: unit.id });
    const b = await createPerson(db, { unitId: unit.id });
    const results = await Promise.allSettled([
      designateAdmin({ actor, ip: IP, input: { unitId: unit.id, idNumber: a.idNumber } }),
      designateAdmin({ actor, ip: IP, input: { unitId: unit.id, idNumber: b.idNumber } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.roleGrant.count({ where: { unitId: unit.id, role: "UNIT_ADMIN" } })).toBe(1);
  });
});

describe("单位基础信息管理", () => {
  it("the admin renames the unit; a handler maintains info but may not rename", async () => {
    const { unit, actor } = await withAdmin();
    const handler = await actorOf((await createPerson(db, { unitId: unit.id, roles: ["UNIT_HANDLER"] })).id);
    const base = { unitId: unit.id, contactName: "新联系人", contactMobile: "13700000000", address: "新地址" };
    await updateUnitInfo({ actor: handler, ip: IP, input: { ...base, name: unit.name } });
    await expect(updateUnitInfo({ actor: handler, ip: IP, input: { ...base, name: `${unit.name}改` } })).rejects.toThrow("只有单位管理员可以修改单位名称");
    await updateUnitInfo({ actor, ip: IP, input: { ...base, name: `${unit.name}改` } });
    expect((await db.unit.findUniqueOrThrow({ where: { id: unit.id } })).name).toBe(`${unit.name}改`);
    expect(await db.auditLog.count({ where: { entityId: unit.id, action: "修改单位名称" } })).toBe(1);
  });

  it("a name already used by another unit is a field error", async () => {
    const { unit, actor } = await withAdmin();
    const other = await createUnit(db);
    await expect(updateUnitInfo({ actor, ip: IP, input: { unitId: unit.id, name: other.name, contactName: "x", contactMobile: "13700000000", address: "y" } })).rejects.toMatchObject({
      field: "name",
    });
  });
});
