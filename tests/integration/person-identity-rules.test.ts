import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/action";
import { createCertificate } from "@/lib/certificates/create-certificate";
import { certificateSchema } from "@/lib/certificates/schemas";
import { inviteExpert } from "@/lib/evaluation/invite-expert";
import { inviteExpertSchema } from "@/lib/evaluation/schemas";
import { idNumberFrom, randomIdNumber } from "@/prisma/seed/identifiers";
import { IP } from "./declarations-fixtures";
import { evaluationWorld } from "./evaluation-fixtures";
import { certificateWorld, checkImport, rowOf, workbook } from "./certificates-fixtures";

// One person-name rule and one ID rule where 专家库管理 invites and 证书补录 enters or imports: markup, invisible and
// direction-changing characters and formulas are no names, and an ID number opens with a real 行政区划 code.

const HOSTILE_NAMES = ["<script>alert(1)</script>", "张\u200b三", "\u202e三张", '=HYPERLINK("http://x","点")'];
const BAD_REGION_IDS = ["999999", "000000"].map((region) => idNumberFrom(region, "19800101", "123"));
const REGION_MESSAGE = "身份证号前6位不是有效的行政区划代码";

describe("邀请专家", () => {
  const input = (over: Record<string, string>) => ({
    idNumber: randomIdNumber(),
    name: "孙专家",
    specialty: "道路工程",
    title: "正高级工程师",
    workUnitName: "某设计院",
    contact: "13900000000",
    termStart: "2026-01-01",
    termEnd: "2028-12-31",
    ...over,
  });

  it("refuses hostile names and region codes 999999/000000 at their fields, creating no account and no expert", async () => {
    const w = await evaluationWorld();
    const before = { users: await db.user.count(), experts: await db.expert.count() };
    const invite = (over: Record<string, string>) => runAction(inviteExpertSchema, input(over), (data) => inviteExpert({ actor: w.organizer, ip: IP, input: data }));
    for (const name of HOSTILE_NAMES) {
      const res = await invite({ name });
      expect(res.ok, name).toBe(false);
      expect(res.fieldErrors?.name).toBe("姓名只能由汉字、字母和间隔号（·）组成");
    }
    for (const idNumber of BAD_REGION_IDS) expect((await invite({ idNumber })).fieldErrors?.idNumber).toBe(REGION_MESSAGE);
    expect({ users: await db.user.count(), experts: await db.expert.count() }).toEqual(before);
    expect((await invite({ name: "欧阳·娜娜" })).ok).toBe(true);
  });
});

describe("证书补录", () => {
  it("新增 refuses hostile names and region codes at their fields, saving nothing", async () => {
    const w = await certificateWorld();
    const create = (over: Record<string, string>) =>
      runAction(certificateSchema, rowOf(w, 1, over), (values) => createCertificate({ actor: w.handler, ip: IP, values }));
    for (const name of HOSTILE_NAMES) expect((await create({ name })).fieldErrors?.name, name).toBe("姓名只能由汉字、字母和间隔号（·）组成");
    for (const idNumber of BAD_REGION_IDS) expect((await create({ idNumber })).fieldErrors?.idNumber).toBe(REGION_MESSAGE);
    expect(await db.certificate.count({ where: { number: { startsWith: w.prefix } } })).toBe(0);
  });

  it("导入 reports each such row with its reason and keeps the others", async () => {
    const w = await certificateWorld();
    const rows = [rowOf(w, 1), ...HOSTILE_NAMES.map((name, i) => rowOf(w, i + 2, { name })), ...BAD_REGION_IDS.map((idNumber, i) => rowOf(w, i + 10, { idNumber }))];
    const check = await checkImport(w.handler, await workbook(rows));
    expect(check.total).toBe(rows.length);
    expect(check.bad).toEqual([
      ...HOSTILE_NAMES.map((_, i) => ({ rowNumber: i + 3, reason: "姓名只能由汉字、字母和间隔号（·）组成" })),
      ...BAD_REGION_IDS.map((_, i) => ({ rowNumber: i + 3 + HOSTILE_NAMES.length, reason: REGION_MESSAGE })),
    ]);
    expect(await db.certificate.count({ where: { number: { startsWith: w.prefix } } })).toBe(0);
  });
});
