import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createApplicantAccount } from "@/lib/accounts/create-applicant-account";
import { decideBinding } from "@/lib/accounts/decide-binding";
import { exitAccount } from "@/lib/accounts/exit-account";
import { getAccountRoles } from "@/lib/accounts/get-account-roles";
import { grantRole } from "@/lib/accounts/grant-role";
import { listBindingRequests } from "@/lib/accounts/list-binding-requests";
import { listUnitAccounts } from "@/lib/accounts/list-unit-accounts";
import { revokeRole } from "@/lib/accounts/revoke-role";
import { setAccountStatus } from "@/lib/accounts/set-account-status";
import { updateAccountName } from "@/lib/accounts/update-account-name";
import { createPerson, createUnit } from "@/prisma/seed/factories";
import { randomIdNumber } from "@/prisma/seed/identifiers";
import { actorOf, IP } from "./accounts-fixtures";
import { expectNullOutOfReach, expectOutOfReach } from "./scope-fixtures";

/** An admin and a handler of one unit (with a sub-unit in the admin's reach), and another unit with its accounts. */
async function setting() {
  const unit = await createUnit(db);
  await createUnit(db, { superiorId: unit.id });
  const admin = await actorOf((await createPerson(db, { unitId: unit.id, roles: ["UNIT_ADMIN"] })).id);
  const handler = await actorOf((await createPerson(db, { unitId: unit.id, roles: ["UNIT_HANDLER"] })).id);
  const other = await createUnit(db);
  const member = await createPerson(db, { unitId: other.id, name: "外单位人员" });
  const otherHandler = await createPerson(db, { unitId: other.id, roles: ["UNIT_HANDLER"] });
  const applicant = await createPerson(db);
  const request = await db.bindingRequest.create({ data: { userId: applicant.id, unitId: other.id, committedAt: new Date() } });
  return { admin, handler, other, member, otherHandler, request };
}

/** Everything a refused call could have touched in the other unit. */
async function snapshot(unitId: string) {
  const [users, grants, requests, audit] = await Promise.all([
    db.user.findMany({ where: { OR: [{ unitId }, { bindingRequests: { some: { unitId } } }] }, orderBy: { id: "asc" } }),
    db.roleGrant.findMany({ where: { unitId }, orderBy: { id: "asc" } }),
    db.bindingRequest.findMany({ where: { unitId }, orderBy: { id: "asc" } }),
    db.auditLog.count({ where: { detail: { path: ["unitId"], equals: unitId } } }),
  ]);
  return { users, grants, requests, audit };
}

describe("账号：范围之外即不存在", () => {
  it("every account write on another unit answers as for a missing record, reads no row outside the scope and changes nothing", async () => {
    const s = await setting();
    const before = await snapshot(s.other.id);
    await expectOutOfReach({ actor: s.admin, id: s.member.id, call: (userId) => updateAccountName({ actor: s.admin, ip: IP, input: { userId, name: "改名" } }) });
    await expectOutOfReach({ actor: s.admin, id: s.member.id, call: (userId) => setAccountStatus({ actor: s.admin, ip: IP, input: { userId, status: "DISABLED" } }) });
    await expectOutOfReach({ actor: s.handler, id: s.member.id, call: (userId) => exitAccount({ actor: s.handler, ip: IP, userId }) });
    await expectOutOfReach({ actor: s.admin, id: s.member.id, call: (userId) => grantRole({ actor: s.admin, ip: IP, input: { userId, unitId: s.other.id, role: "UNIT_HANDLER" } }) });
    await expectOutOfReach({ actor: s.admin, id: s.otherHandler.id, call: (userId) => revokeRole({ actor: s.admin, ip: IP, input: { userId, unitId: s.other.id, role: "UNIT_HANDLER" } }) });
    await expectOutOfReach({ actor: s.handler, id: s.request.id, call: (id) => decideBinding({ actor: s.handler, ip: IP, id, accept: true }) });
    await expectOutOfReach({
      actor: s.handler,
      id: s.other.id,
      call: (unitId) => createApplicantAccount({ actor: s.handler, ip: IP, unitId, input: { idNumber: randomIdNumber(), name: "新申报人", mobile: "13900000001", userType: "专业技术人员-职称申报" } }),
    });
    expect(await snapshot(s.other.id)).toEqual(before);
  });

  it("reads and lists leave the other unit's accounts out", async () => {
    const s = await setting();
    await expectNullOutOfReach({ actor: s.admin, id: s.member.id, read: (userId) => getAccountRoles({ actor: s.admin, userId }) });
    for (const permission of ["account.roles", "account.names"] as const) {
      const list = await listUnitAccounts({ actor: s.admin, permission, query: { q: s.member.idNumber, page: 1 } });
      expect(list.total).toBe(0);
    }
    const exits = await listUnitAccounts({ actor: s.handler, permission: "account.exit", query: { page: 1 } });
    expect(exits.rows.map((r) => r.id)).not.toContain(s.member.id);
    const incoming = await listBindingRequests({ actor: s.handler, query: { page: 1 } });
    expect(incoming.rows.map((r) => r.id)).not.toContain(s.request.id);
  });

  it("inside the scope the same calls find their rows: the admin manages roles of its sub-unit's accounts (tree), not their names (own)", async () => {
    const s = await setting();
    const sub = await db.unit.findFirstOrThrow({ where: { superiorId: s.admin.grants[0].unitId } });
    const subMember = await createPerson(db, { unitId: sub.id });
    await setAccountStatus({ actor: s.admin, ip: IP, input: { userId: subMember.id, status: "DISABLED" } });
    expect((await db.user.findUniqueOrThrow({ where: { id: subMember.id } })).status).toBe("DISABLED");
    // 账号信息维护 reaches the admin's own unit only.
    await expect(updateAccountName({ actor: s.admin, ip: IP, input: { userId: subMember.id, name: "下级单位人员" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getAccountRoles({ actor: s.admin, userId: subMember.id })).toMatchObject({ id: subMember.id });
  });
});
