import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPerson } from "@/prisma/seed/factories";
import { randomIdNumber } from "@/prisma/seed/identifiers";
import { verifyPassword } from "@/lib/auth/password-hash";
import { inviteExpert } from "@/lib/evaluation/invite-expert";
import { listExperts } from "@/lib/evaluation/list-experts";
import { updateExpertProfile } from "@/lib/evaluation/update-expert-profile";
import { expertProfileSchema, inviteExpertSchema } from "@/lib/evaluation/schemas";
import { IP, actorOf } from "./declarations-fixtures";
import { evaluationWorld } from "./evaluation-fixtures";

const invite = (idNumber: string, over: Record<string, string> = {}) =>
  inviteExpertSchema.parse({ idNumber, name: "", specialty: "道路工程", title: "正高级工程师", workUnitName: "某设计院", contact: "13900000000", termStart: "2026-01-01", termEnd: "2028-12-31", ...over });

describe("专家库管理", () => {
  it("invites a person account by 身份证号, giving it the 专家 role at the pool's unit; audited", async () => {
    const w = await evaluationWorld();
    const person = await createPerson(db, { name: "钱专家" });
    const { expert, accountCreated } = await inviteExpert({ actor: w.organizer, ip: IP, input: invite(person.idNumber) });
    expect(accountCreated).toBe(false);
    expect(expert).toMatchObject({ poolUnitId: w.selfUnit.id, userId: person.id });
    expect(await db.roleGrant.count({ where: { userId: person.id, unitId: w.selfUnit.id, role: "EXPERT" } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityType: "Expert", entityId: expert.id, action: "邀请专家" } })).toBe(1);
    await expect(inviteExpert({ actor: w.organizer, ip: IP, input: invite(person.idNumber) })).rejects.toThrow("该专家已在本单位专家库中");
  });

  it("creates an account with the initial password, to be changed at first sign-in, when none exists", async () => {
    const w = await evaluationWorld();
    const idNumber = randomIdNumber();
    await expect(inviteExpert({ actor: w.organizer, ip: IP, input: invite(idNumber) })).rejects.toThrow("该身份证号尚无账号，请填写姓名以创建账号");
    const { accountCreated } = await inviteExpert({ actor: w.organizer, ip: IP, input: invite(idNumber, { name: "孙专家" }) });
    expect(accountCreated).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { idNumber } });
    expect(user).toMatchObject({ name: "孙专家", mustChangePassword: true });
    expect(await verifyPassword(user.passwordHash, "123@abc")).toBe(true);
  });

  it("refuses a term over 3 years, and a unit that forms no committee", async () => {
    const w = await evaluationWorld();
    const parsed = inviteExpertSchema.safeParse({ ...invite(randomIdNumber()), termEnd: "2029-01-01" });
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["termEnd"], message: "专家聘期不能超过3年（自2026-01-01起最晚至2028-12-31）" });
    await expect(inviteExpert({ actor: w.dept, ip: IP, input: invite(randomIdNumber(), { name: "某人" }) })).rejects.toThrow("只有组建评委会的单位可以管理专家库");
  });

  it("lists the unit's pool only, searched and paged, ID numbers masked, the expired marked", async () => {
    const w = await evaluationWorld();
    const v = await evaluationWorld();
    for (const [i, termEnd] of ["2028-12-31", "2026-03-31", "2027-06-30"].entries()) {
      const person = await createPerson(db, { name: `库内专家${i}` });
      await inviteExpert({ actor: w.organizer, ip: IP, input: invite(person.idNumber, { termEnd, specialty: i === 2 ? "桥梁工程" : "道路工程" }) });
    }
    const list = await listExperts({ actor: w.organizer, page: 1, today: "2026-06-01" });
    expect(list.total).toBe(3);
    expect(list.rows.map((r) => r.inTerm)).toEqual([true, false, true]);
    expect(list.rows[0].idNumberMasked).toMatch(/\*{4}/);
    expect((await listExperts({ actor: w.organizer, q: "桥梁", page: 1, today: "2026-06-01" })).rows.map((r) => r.name)).toEqual(["库内专家2"]);
    expect((await listExperts({ actor: w.organizer, q: "库内专家1", page: 1, today: "2026-06-01" })).total).toBe(1);
    expect((await listExperts({ actor: v.organizer, page: 1, today: "2026-06-01" })).total).toBe(0);
  });
});

describe("专家个人信息维护", () => {
  it("the expert keeps the profile and the units and persons to recuse from; nobody else can", async () => {
    const w = await evaluationWorld();
    const person = await createPerson(db, { name: "李专家" });
    const { expert } = await inviteExpert({ actor: w.organizer, ip: IP, input: invite(person.idNumber) });
    const me = await actorOf(person.id);
    const recused = randomIdNumber();
    const input = expertProfileSchema.parse({ id: expert.id, specialty: "桥梁工程", title: "正高级工程师", workUnitName: "某设计院", contact: "0851-1", recuseUnitNames: `${w.deptUnit.name}\n`, recuseIdNumbers: recused });
    await updateExpertProfile({ actor: me, ip: IP, input });
    expect(await db.expert.findUniqueOrThrow({ where: { id: expert.id } })).toMatchObject({ specialty: "桥梁工程", recuseUnitIds: [w.deptUnit.id], recuseIdNumbers: [recused] });
    await expect(updateExpertProfile({ actor: w.organizer, ip: IP, input })).rejects.toThrow("专家信息不存在");
    await expect(updateExpertProfile({ actor: me, ip: IP, input: { ...input, recuseUnitNames: ["不存在的单位"] } })).rejects.toThrow("未找到单位：不存在的单位");
    await expect(updateExpertProfile({ actor: me, ip: IP, input: { ...input, recuseIdNumbers: ["12345"] } })).rejects.toThrow("回避人员身份证号");
  });
});
