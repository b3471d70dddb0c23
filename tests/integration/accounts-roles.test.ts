import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { grantRole } from "@/lib/accounts/grant-role";
import { revokeRole } from "@/lib/accounts/revoke-role";
import { setAccountStatus } from "@/lib/accounts/set-account-status";
import { updateAccountName } from "@/lib/accounts/update-account-name";
import { listUnitAccounts } from "@/lib/accounts/list-unit-accounts";
import { REFUSALS } from "@/lib/accounts/rules";
import { signInPerson } from "@/lib/auth/sign-in";
import { createPerson, createUnit, DEMO_PASSWORD } from "@/prisma/seed/factories";
import { actorOf, declarationOf, IP } from "./accounts-fixtures";

async function setting() {
  const unit = await createUnit(db);
  const sub = await createUnit(db, { superiorId: unit.id });
  const admin = await createPerson(db, { unitId: unit.id, roles: ["UNIT_ADMIN"] });
  const member = await createPerson(db, { unitId: unit.id });
  return { unit, sub, admin, member, actor: await actorOf(admin.id) };
}

describe("账号角色管理", () => {
  it("the admin grants 职称经办 to an account of the unit, and can unbind it", async () => {
    const { unit, member, actor } = await setting();
    await grantRole({ actor, ip: IP, input: { userId: member.id, unitId: unit.id, role: "UNIT_HANDLER" } });
    expect((await actorOf(member.id)).grants.map((g) => g.role)).toEqual(["UNIT_HANDLER"]);
    await revokeRole({ actor, ip: IP, input: { userId: member.id, unitId: unit.id, role: "UNIT_HANDLER" } });
    expect((await actorOf(member.id)).grants).toEqual([]);
    expect(await db.auditLog.count({ where: { entityId: member.id, action: { in: ["绑定角色", "解绑角色"] } } })).toBe(2);
  });

  it("lists the unit's and its sub-units' accounts, searchable by name and ID number", async () => {
    const { sub, member, actor } = await setting();
    const subMember = await createPerson(db, { unitId: sub.id });
    const all = await listUnitAccounts({ actor, permission: "account.roles", query: { page: 1 } });
    expect(all.rows.map((r) => r.id)).toEqual(expect.arrayContaining([member.id, subMember.id]));
    expect(all.total).toBe(3);
    const byId = await listUnitAccounts({ actor, permission: "account.roles", query: { q: subMember.idNumber, page: 1 } });
    expect(byId.rows.map((r) => r.id)).toEqual([subMember.id]);
  });

  it("refuses a grant to a person not bound to the unit", async () => {
    const { unit, actor } = await setting();
    const outsider = await createPerson(db);
    await expect(grantRole({ actor, ip: IP, input: { userId: outsider.id, unitId: unit.id, role: "UNIT_HANDLER" } })).rejects.toThrow(REFUSALS.notBound);
  });

  it("refuses 职称经办 to a person with a declaration in progress, allows it once it is finished", async () => {
    const { unit, member, actor } = await setting();
    const d = await declarationOf(member.id, unit.id, "SUBMITTED");
    await expect(grantRole({ actor, ip: IP, input: { userId: member.id, unitId: unit.id, role: "UNIT_HANDLER" } })).rejects.toThrow(REFUSALS.inProgress);
    expect(await db.roleGrant.count({ where: { userId: member.id } })).toBe(0);
    await db.declaration.update({ where: { id: d.id }, data: { status: "PASSED" } });
    await grantRole({ actor, ip: IP, input: { userId: member.id, unitId: unit.id, role: "UNIT_HANDLER" } });
  });

  it("refuses 职称经办 to the admin (admin ≠ handler)", async () => {
    const { unit, admin, actor } = await setting();
    await expect(grantRole({ actor, ip: IP, input: { userId: admin.id, unitId: unit.id, role: "UNIT_HANDLER" } })).rejects.toThrow(REFUSALS.adminNotHandler);
  });

  it("a handler may not manage roles; an admin may not reach another unit", async () => {
    const { unit, member } = await setting();
    const handler = await createPerson(db, { unitId: unit.id, roles: ["UNIT_HANDLER"] });
    await expect(grantRole({ actor: await actorOf(handler.id), ip: IP, input: { userId: member.id, unitId: unit.id, role: "UNIT_HANDLER" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const other = await setting();
    await expect(grantRole({ actor: other.actor, ip: IP, input: { userId: member.id, unitId: unit.id, role: "UNIT_HANDLER" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("禁用 ends open sessions and blocks sign-in; 启用 lets the account in again", async () => {
    const { member, actor } = await setting();
    await setAccountStatus({ actor, ip: IP, input: { userId: member.id, status: "DISABLED" } });
    const after = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    expect(after.status).toBe("DISABLED");
    expect(after.sessionVersion).toBe(member.sessionVersion + 1);
    await expect(signInPerson({ idNumber: member.idNumber, password: DEMO_PASSWORD, ip: IP })).rejects.toThrow("账号已被禁用，请联系所在单位管理员启用");
    await expect(setAccountStatus({ actor, ip: IP, input: { userId: member.id, status: "DISABLED" } })).rejects.toThrow("该账号当前状态已为「禁用」");
    await setAccountStatus({ actor, ip: IP, input: { userId: member.id, status: "ACTIVE" } });
    await expect(signInPerson({ idNumber: member.idNumber, password: DEMO_PASSWORD, ip: IP })).resolves.toMatchObject({ kind: "person" });
  });

  it("only the unit's admin re-enables a disabled account", async () => {
    const { unit, member, actor } = await setting();
    await setAccountStatus({ actor, ip: IP, input: { userId: member.id, status: "DISABLED" } });
    const handler = await createPerson(db, { unitId: unit.id, roles: ["UNIT_HANDLER"] });
    await expect(setAccountStatus({ actor: await actorOf(handler.id), ip: IP, input: { userId: member.id, status: "ACTIVE" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("a superior unit's admin may disable a sub-unit account but only the sub-unit's own admin re-enables it", async () => {
    const { sub, actor } = await setting();
    const subMember = await createPerson(db, { unitId: sub.id });
    await setAccountStatus({ actor, ip: IP, input: { userId: subMember.id, status: "DISABLED" } });
    await expect(setAccountStatus({ actor, ip: IP, input: { userId: subMember.id, status: "ACTIVE" } })).rejects.toThrow("只有账号所在单位的管理员可以启用该账号");
    const subAdmin = await createPerson(db, { unitId: sub.id, roles: ["UNIT_ADMIN"] });
    await setAccountStatus({ actor: await actorOf(subAdmin.id), ip: IP, input: { userId: subMember.id, status: "ACTIVE" } });
  });

  it("账号信息维护: the admin completes a name", async () => {
    const { member, actor } = await setting();
    await updateAccountName({ actor, ip: IP, input: { userId: member.id, name: "完善姓名" } });
    expect((await db.user.findUniqueOrThrow({ where: { id: member.id } })).name).toBe("完善姓名");
  });
});
