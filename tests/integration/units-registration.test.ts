import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { registerUnit, DUPLICATE_UNIT } from "@/lib/units/register-unit";
import { reviewRegistration } from "@/lib/units/review-registration";
import { listRegistrations } from "@/lib/units/list-registrations";
import { registerUnitSchema } from "@/lib/units/schemas";
import { registerPerson, DUPLICATE_PERSON } from "@/lib/accounts/register-person";
import { registerPersonSchema } from "@/lib/accounts/schemas";
import { randomIdNumber, randomUscc } from "@/prisma/seed/identifiers";
import { seedRegions } from "@/prisma/seed/regions";
import { bureauHandler, IP, PDF, PNG } from "./accounts-fixtures";

const files = () => ({ usccFile: { name: "执照.png", bytes: new Uint8Array(PNG) }, authLetterFile: { name: "授权书.pdf", bytes: new Uint8Array(PDF) } });

function unitInput(overrides: Record<string, unknown> = {}) {
  const uscc = randomUscc("520100");
  return registerUnitSchema.parse({
    name: `注册测试${uscc.slice(8, 17)}有限公司`,
    uscc,
    kind: "ENTERPRISE",
    regionCode: "520100",
    legalRepName: "法人甲",
    legalRepIdNumber: randomIdNumber(),
    contactName: "联系人乙",
    contactMobile: "13812345678",
    address: "贵阳市观山湖区",
    password: "Unit@2026x",
    confirmPassword: "Unit@2026x",
    ...overrides,
  });
}

async function registryMatch() {
  const input = unitInput();
  await db.registryRecord.create({ data: { uscc: input.uscc, name: input.name, legalRepName: input.legalRepName } });
  return input;
}

beforeAll(() => seedRegions(db));

describe("单位注册", () => {
  it("a registry match asks for the legal representative's verification first, storing nothing", async () => {
    const input = await registryMatch();
    await expect(registerUnit({ input, files: files(), legalRepConfirmed: false, ip: IP })).resolves.toEqual({ outcome: "needsLegalRepVerification" });
    expect(await db.unit.count({ where: { uscc: input.uscc } })).toBe(0);
  });

  it("a registry match with the verification makes the unit active, with both files and an SMS to the contact", async () => {
    const input = await registryMatch();
    const result = await registerUnit({ input, files: files(), legalRepConfirmed: true, ip: IP });
    expect(result.outcome).toBe("ACTIVE");
    const unit = await db.unit.findUniqueOrThrow({ where: { uscc: input.uscc } });
    expect(unit).toMatchObject({ status: "ACTIVE", loginAccount: input.uscc });
    expect(await db.storedFile.count({ where: { ownerUnitId: unit.id } })).toBe(2);
    expect(await db.smsMessage.count({ where: { mobile: "13812345678", content: { contains: `${input.name}单位注册成功` } } })).toBe(1);
  });

  it("the same USCC again: 该单位已注册，无需重复注册, nothing created", async () => {
    const input = await registryMatch();
    await registerUnit({ input, files: files(), legalRepConfirmed: true, ip: IP });
    await expect(registerUnit({ input: { ...input, name: `${input.name}二` }, files: files(), legalRepConfirmed: true, ip: IP })).rejects.toMatchObject({ field: "uscc", message: DUPLICATE_UNIT });
    expect(await db.unit.count({ where: { uscc: input.uscc } })).toBe(1);
  });

  it("no registry match: pending in the region's bureau queue; 通过 activates and texts the contact", async () => {
    const input = unitInput({ regionCode: "520302" });
    expect((await registerUnit({ input, files: files(), legalRepConfirmed: false, ip: IP })).outcome).toBe("PENDING_REVIEW");
    const unit = await db.unit.findUniqueOrThrow({ where: { uscc: input.uscc } });
    const zunyi = await bureauHandler("520300");
    const guiyang = await bureauHandler("520100");
    expect((await listRegistrations({ actor: zunyi, query: { q: input.uscc, page: 1 } })).rows.map((r) => r.id)).toEqual([unit.id]);
    expect((await listRegistrations({ actor: guiyang, query: { q: input.uscc, page: 1 } })).total).toBe(0);
    await expect(reviewRegistration({ actor: guiyang, ip: IP, unitId: unit.id, approve: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await reviewRegistration({ actor: zunyi, ip: IP, unitId: unit.id, approve: true });
    expect((await db.unit.findUniqueOrThrow({ where: { id: unit.id } })).status).toBe("ACTIVE");
    expect(await db.smsMessage.count({ where: { content: { contains: `${input.name}单位注册已通过人工审核` } } })).toBe(1);
  });

  it("不通过 keeps the reason, texts it, and a second decision is refused naming the state", async () => {
    const input = unitInput();
    await registerUnit({ input, files: files(), legalRepConfirmed: false, ip: IP });
    const unit = await db.unit.findUniqueOrThrow({ where: { uscc: input.uscc } });
    const reviewer = await bureauHandler("520100");
    await reviewRegistration({ actor: reviewer, ip: IP, unitId: unit.id, approve: false, reason: "授权书不清晰" });
    expect(await db.smsMessage.count({ where: { content: { contains: "原因：授权书不清晰" } } })).toBe(1);
    await expect(reviewRegistration({ actor: reviewer, ip: IP, unitId: unit.id, approve: true })).rejects.toThrow("该单位注册当前状态为「审核不通过」，不能重复审核");
  });

  it.each([
    ["usccFile", { name: "执照.png", bytes: new Uint8Array(Buffer.from("not really a png")) }, "统一社会信用代码证书须为PDF、JPG或PNG文件（按文件内容识别）"],
    ["usccFile", { name: "执照.png", bytes: new Uint8Array(6 * 1024 * 1024).fill(1) }, "统一社会信用代码证书文件过大，不能超过5MB"],
    ["authLetterFile", null, "请上传授权书"],
  ])("a bad %s upload is a field error and nothing is stored", async (field, file, message) => {
    const input = await registryMatch();
    await expect(registerUnit({ input, files: { ...files(), [field]: file }, legalRepConfirmed: true, ip: IP })).rejects.toMatchObject({ field, message });
    expect(await db.unit.count({ where: { uscc: input.uscc } })).toBe(0);
  });

  it("a region that does not exist is a field error", async () => {
    const input = await registryMatch();
    await expect(registerUnit({ input: { ...input, regionCode: "529999" }, files: files(), legalRepConfirmed: true, ip: IP })).rejects.toMatchObject({ field: "regionCode" });
  });

  it.each([
    ["uscc", "91520100MA6DEM001X", "统一社会信用代码校验位不正确"],
    ["contactMobile", "2381234567", "手机号码应为以1开头的11位数字"],
    ["legalRepIdNumber", "520102199003030010", "身份证号校验位不正确"],
  ])("rejects a malformed %s", (field, value, message) => {
    const r = registerUnitSchema.safeParse({ ...unitInput(), confirmPassword: "Unit@2026x", [field]: value });
    expect(r.error?.issues.find((i) => i.path[0] === field)?.message).toBe(message);
  });
});

describe("个人注册", () => {
  const input = (idNumber = randomIdNumber()) =>
    registerPersonSchema.parse({ idNumber, name: "注册人", mobile: "13912345678", password: "Reg@2026ab", confirmPassword: "Reg@2026ab", realPersonConfirmed: true });

  it("creates a verified account with no unit; the same ID again is refused", async () => {
    const data = input();
    const { id } = await registerPerson({ input: data, ip: IP });
    expect(await db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ realPersonVerified: true, unitId: null, mustChangePassword: false });
    await expect(registerPerson({ input: data, ip: IP })).rejects.toMatchObject({ field: "idNumber", message: DUPLICATE_PERSON });
  });

  it("needs the real-person step and a strong password", () => {
    const r = registerPersonSchema.safeParse({ idNumber: randomIdNumber(), name: "x", mobile: "13912345678", password: "abc12345", confirmPassword: "abc12345", realPersonConfirmed: false });
    const at = (f: string) => r.error?.issues.find((i) => i.path[0] === f)?.message;
    expect(at("password")).toBe("密码须包含大写字母");
    expect(at("realPersonConfirmed")).toBe("请完成实人认证（模拟）");
  });
});

describe("并发", () => {
  it("two registrations of one USCC at once: one unit, the other told it is registered", async () => {
    const input = await registryMatch();
    const results = await Promise.allSettled([
      registerUnit({ input, files: files(), legalRepConfirmed: true, ip: IP }),
      registerUnit({ input, files: files(), legalRepConfirmed: true, ip: IP }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason.message).toBe(DUPLICATE_UNIT);
    expect(await db.unit.count({ where: { uscc: input.uscc } })).toBe(1);
  });

  it("two reviewers deciding one registration at once: exactly one decision stands", async () => {
    const input = unitInput();
    const { unitId } = (await registerUnit({ input, files: files(), legalRepConfirmed: false, ip: IP })) as { unitId: string };
    const a = await bureauHandler("520100");
    const b = await bureauHandler("520100");
    const results = await Promise.allSettled([
      reviewRegistration({ actor: a, ip: IP, unitId, approve: true }),
      reviewRegistration({ actor: b, ip: IP, unitId, approve: false, reason: "材料不全" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason.message).toMatch(/^该单位注册当前状态为「(已注册|审核不通过)」，不能重复审核$/);
    expect(await db.smsMessage.count({ where: { content: { contains: input.name } } })).toBe(2);
  });
});
