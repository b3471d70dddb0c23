import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { requestSuperior } from "@/lib/units/request-superior";
import { decideSuperior } from "@/lib/units/decide-superior";
import { createSubUnit } from "@/lib/units/create-sub-unit";
import { listSuperiorRequests } from "@/lib/units/list-units";
import { DUPLICATE_UNIT } from "@/lib/units/register-unit";
import { createApplicantAccount } from "@/lib/accounts/create-applicant-account";
import { signInPerson } from "@/lib/auth/sign-in";
import { INITIAL_PASSWORD } from "@/lib/auth/password-policy";
import { createPerson, createUnit } from "@/prisma/seed/factories";
import { randomIdNumber, randomUscc } from "@/prisma/seed/identifiers";
import { actorOf, IP } from "./accounts-fixtures";

async function unitWith(role: "UNIT_ADMIN" | "UNIT_HANDLER", kind: "ENTERPRISE" | "COMPETENT_DEPT" | "PUBLIC_INSTITUTION" | "HR_BUREAU" = "ENTERPRISE") {
  const unit = await createUnit(db, { kind });
  return { unit, actor: await actorOf((await createPerson(db, { unitId: unit.id, roles: [role] })).id) };
}

describe("主管部门（上级推送节点）", () => {
  it("the lower unit's handler asks, the superior's admin sees it and 通过 sets the superior", async () => {
    const lower = await unitWith("UNIT_HANDLER");
    const upper = await unitWith("UNIT_ADMIN", "COMPETENT_DEPT");
    await requestSuperior({ actor: lower.actor, ip: IP, input: { unitId: lower.unit.id, superiorName: upper.unit.name } });
    const [request] = await listSuperiorRequests({ actor: upper.actor });
    expect(request.unitId).toBe(lower.unit.id);
    await decideSuperior({ actor: upper.actor, ip: IP, id: request.id, approve: true });
    expect((await db.unit.findUniqueOrThrow({ where: { id: lower.unit.id } })).superiorId).toBe(upper.unit.id);
    await expect(decideSuperior({ actor: upper.actor, ip: IP, id: request.id, approve: false, reason: "x" })).rejects.toThrow("该归口申请当前状态为「已通过」，不能重复审核");
  });

  it("不通过 leaves the unit where it was; a third unit may not decide", async () => {
    const lower = await unitWith("UNIT_ADMIN");
    const upper = await unitWith("UNIT_HANDLER", "COMPETENT_DEPT");
    const third = await unitWith("UNIT_ADMIN", "COMPETENT_DEPT");
    await requestSuperior({ actor: lower.actor, ip: IP, input: { unitId: lower.unit.id, superiorName: upper.unit.name } });
    const request = await db.superiorRequest.findFirstOrThrow({ where: { unitId: lower.unit.id } });
    await expect(decideSuperior({ actor: third.actor, ip: IP, id: request.id, approve: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await decideSuperior({ actor: upper.actor, ip: IP, id: request.id, approve: false, reason: "非本系统单位" });
    expect((await db.unit.findUniqueOrThrow({ where: { id: lower.unit.id } })).superiorId).toBeNull();
  });

  it("refuses a wrong name, itself, one of its own sub-units and a second pending request", async () => {
    const lower = await unitWith("UNIT_ADMIN");
    const sub = await createUnit(db, { superiorId: lower.unit.id });
    const ask = (superiorName: string) => requestSuperior({ actor: lower.actor, ip: IP, input: { unitId: lower.unit.id, superiorName } });
    await expect(ask(`${lower.unit.name}x`)).rejects.toMatchObject({ field: "superiorName" });
    await expect(ask(lower.unit.name)).rejects.toThrow("不能选择本单位作为上级单位");
    await expect(ask(sub.name)).rejects.toThrow("不能选择本单位的下级单位作为上级单位");
    const upper = await createUnit(db, { kind: "COMPETENT_DEPT" });
    await ask(upper.name);
    await expect(ask((await createUnit(db)).name)).rejects.toThrow(`本单位已向“${upper.name}”提交归口申请，请等待审核`);
  });
});

describe("创建下级单位", () => {
  const input = (parentId: string) => ({ parentId, name: `下级单位${randomUscc().slice(8, 17)}`, uscc: randomUscc(), kind: "PUBLIC_INSTITUTION" as const, regionCode: "520100", contactName: "联系人", contactMobile: "13800000000", address: "地址" });

  it("a handler of a 事业单位 creates a sub-unit under it; an enterprise handler may not", async () => {
    const inst = await unitWith("UNIT_HANDLER", "PUBLIC_INSTITUTION");
    const { id } = await createSubUnit({ actor: inst.actor, ip: IP, input: input(inst.unit.id) });
    expect((await db.unit.findUniqueOrThrow({ where: { id } })).superiorId).toBe(inst.unit.id);
    const ent = await unitWith("UNIT_HANDLER");
    await expect(createSubUnit({ actor: ent.actor, ip: IP, input: input(ent.unit.id) })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("a registered USCC is refused", async () => {
    const bureau = await unitWith("UNIT_HANDLER", "HR_BUREAU");
    await expect(createSubUnit({ actor: bureau.actor, ip: IP, input: { ...input(bureau.unit.id), uscc: bureau.unit.uscc! } })).rejects.toMatchObject({ field: "uscc", message: DUPLICATE_UNIT });
  });
});

describe("个人账号管理（添加）", () => {
  it("a handler adds an applicant with the initial password, to be changed at first login", async () => {
    const { unit, actor } = await unitWith("UNIT_HANDLER");
    const idNumber = randomIdNumber();
    await createApplicantAccount({ actor, ip: IP, unitId: unit.id, input: { idNumber, name: "新申报人", mobile: "13900000000", userType: "专业技术人员-职称申报" } });
    await expect(signInPerson({ idNumber, password: INITIAL_PASSWORD, ip: IP })).resolves.toMatchObject({ mustChangePassword: true });
    expect((await db.user.findUniqueOrThrow({ where: { idNumber } })).unitId).toBe(unit.id);
    await expect(createApplicantAccount({ actor, ip: IP, unitId: unit.id, input: { idNumber, name: "再次", mobile: "13900000000", userType: "专业技术人员-职称申报" } })).rejects.toMatchObject({ field: "idNumber" });
  });

  it("an admin may not add applicant accounts (admins do no title business)", async () => {
    const { unit, actor } = await unitWith("UNIT_ADMIN");
    await expect(createApplicantAccount({ actor, ip: IP, unitId: unit.id, input: { idNumber: randomIdNumber(), name: "x", mobile: "13900000000", userType: "专业技术人员-职称申报" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
