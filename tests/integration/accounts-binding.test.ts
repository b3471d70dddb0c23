import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { requestBinding } from "@/lib/accounts/request-binding";
import { decideBinding } from "@/lib/accounts/decide-binding";
import { exitAccount } from "@/lib/accounts/exit-account";
import { listBindingRequests } from "@/lib/accounts/list-binding-requests";
import { createPerson, createUnit } from "@/prisma/seed/factories";
import { actorOf, IP } from "./accounts-fixtures";

async function setting() {
  const unit = await createUnit(db);
  const admin = await createPerson(db, { unitId: unit.id, roles: ["UNIT_ADMIN"] });
  const handler = await createPerson(db, { unitId: unit.id, roles: ["UNIT_HANDLER"] });
  const person = await createPerson(db);
  return { unit, admin, handler, person };
}

describe("绑定单位与新进账号管理", () => {
  it("a person binds by the exact unit name; the admin 确认接收 binds the account, audited", async () => {
    const { unit, admin, person } = await setting();
    const me = await actorOf(person.id);
    const { id } = await requestBinding({ actor: me, ip: IP, input: { unitName: unit.name, commitment: true } });
    const listed = await listBindingRequests({ actor: await actorOf(admin.id), query: { q: person.name, page: 1 } });
    expect(listed.rows.map((r) => r.id)).toEqual([id]);
    expect(listed.total).toBe(1);
    await decideBinding({ actor: await actorOf(admin.id), ip: IP, id, accept: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).unitId).toBe(unit.id);
    expect(await db.auditLog.count({ where: { entityId: id, action: "确认接收" } })).toBe(1);
  });

  it("a wrong unit name is a field error and nothing is stored", async () => {
    const { unit, person } = await setting();
    await expect(requestBinding({ actor: await actorOf(person.id), ip: IP, input: { unitName: `${unit.name}x`, commitment: true } })).rejects.toMatchObject({
      field: "unitName",
      message: "未找到该单位，请输入单位的准确全称（不能错一个字）",
    });
    expect(await db.bindingRequest.count({ where: { userId: person.id } })).toBe(0);
  });

  it("a person is bound to at most one unit and has one pending request", async () => {
    const { unit, person } = await setting();
    const other = await createUnit(db);
    const me = await actorOf(person.id);
    await requestBinding({ actor: me, ip: IP, input: { unitName: unit.name, commitment: true } });
    await expect(requestBinding({ actor: me, ip: IP, input: { unitName: other.name, commitment: true } })).rejects.toThrow(`您已向“${unit.name}”提交绑定申请，请等待单位确认接收`);
    const bound = await createPerson(db, { unitId: other.id });
    await expect(requestBinding({ actor: await actorOf(bound.id), ip: IP, input: { unitName: unit.name, commitment: true } })).rejects.toThrow("您已绑定其他单位，请先由原单位办理账号退出后再申请");
  });

  it("two people accepting one request at once: exactly one wins, the other is told the current state", async () => {
    const { unit, admin, handler, person } = await setting();
    const { id } = await requestBinding({ actor: await actorOf(person.id), ip: IP, input: { unitName: unit.name, commitment: true } });
    const results = await Promise.allSettled([
      decideBinding({ actor: await actorOf(admin.id), ip: IP, id, accept: true }),
      decideBinding({ actor: await actorOf(handler.id), ip: IP, id, accept: true }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(loser.reason.message).toBe("该绑定申请当前状态为「已通过」，不能重复处理");
    expect(await db.auditLog.count({ where: { entityId: id, action: "确认接收" } })).toBe(1);
  });

  it("another unit's admin may not decide the request", async () => {
    const { unit, person } = await setting();
    const other = await createUnit(db);
    const stranger = await createPerson(db, { unitId: other.id, roles: ["UNIT_ADMIN"] });
    const { id } = await requestBinding({ actor: await actorOf(person.id), ip: IP, input: { unitName: unit.name, commitment: true } });
    await expect(decideBinding({ actor: await actorOf(stranger.id), ip: IP, id, accept: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.bindingRequest.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
  });

  it("a rejection keeps the person unbound", async () => {
    const { unit, handler, person } = await setting();
    const { id } = await requestBinding({ actor: await actorOf(person.id), ip: IP, input: { unitName: unit.name, commitment: true } });
    await decideBinding({ actor: await actorOf(handler.id), ip: IP, id, accept: false, reason: "非本单位职工" });
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).unitId).toBeNull();
    expect((await db.bindingRequest.findUniqueOrThrow({ where: { id } })).reason).toBe("非本单位职工");
  });

  it("账号退出 removes the binding and the roles held there, and ends open sessions; the admin cannot be exited", async () => {
    const { unit, admin, handler } = await setting();
    await exitAccount({ actor: await actorOf(admin.id), ip: IP, userId: handler.id });
    const after = await db.user.findUniqueOrThrow({ where: { id: handler.id } });
    expect(after.unitId).toBeNull();
    expect(after.sessionVersion).toBe(handler.sessionVersion + 1);
    expect(await db.roleGrant.count({ where: { userId: handler.id, unitId: unit.id } })).toBe(0);
    const handler2 = await createPerson(db, { unitId: unit.id, roles: ["UNIT_HANDLER"] });
    await expect(exitAccount({ actor: await actorOf(handler2.id), ip: IP, userId: admin.id })).rejects.toThrow("单位管理员不能退出本单位，请先更换管理员");
  });
});
