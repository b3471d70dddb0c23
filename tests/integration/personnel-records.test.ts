import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listStaffRecords } from "@/lib/personnel/list-staff-records";
import { recordDiscipline, withdrawDiscipline } from "@/lib/personnel/record-discipline";
import { recordRetirement } from "@/lib/personnel/record-retirement";
import { disciplineSchema } from "@/lib/personnel/schemas";
import { createPerson, createUnit } from "@/prisma/seed/factories";
import { IP, actorOf } from "./declarations-fixtures";

// 离退休与处分登记: a unit's handler records them for the unit's own people only; entries are audited, never edited.

async function unitWithHandler() {
  const unit = await createUnit(db, { kind: "ENTERPRISE", regionCode: "520100" });
  const handler = await actorOf((await createPerson(db, { unitId: unit.id, roles: ["UNIT_HANDLER"] })).id);
  const staff = await createPerson(db, { unitId: unit.id });
  return { unit, handler, staff };
}

const period = { kind: "记过" as const, startsOn: "2026-01-01", endsOn: "2027-06-30", documentNumber: "黔匠发〔2026〕3号" };

describe("离退休与处分登记", () => {
  it("the handler records a staff member's retirement and a disciplinary period; both show in the list, masked, and are audited", async () => {
    const { handler, staff } = await unitWithHandler();
    await recordRetirement({ actor: handler, ip: IP, input: { userId: staff.id, retiredOn: "2026-10-31" } });
    const d = await recordDiscipline({ actor: handler, ip: IP, input: { userId: staff.id, ...period } });
    const list = await listStaffRecords(handler, { page: 1 });
    const row = list.rows.find((r) => r.id === staff.id)!;
    expect(row).toMatchObject({ retiredOn: "2026-10-31", idNumber: expect.stringContaining("*") });
    expect(row.periods.map((p) => p.documentNumber)).toEqual(["黔匠发〔2026〕3号"]);
    expect(await db.auditLog.count({ where: { OR: [{ entityId: staff.id, action: "登记离退休" }, { entityId: d.id, action: "登记处分" }] } })).toBe(2);
  });

  it("another unit's handler finds neither the person nor the entry, and nothing is written", async () => {
    const { staff, handler } = await unitWithHandler();
    const other = await unitWithHandler();
    const d = await recordDiscipline({ actor: handler, ip: IP, input: { userId: staff.id, ...period } });
    await expect(recordRetirement({ actor: other.handler, ip: IP, input: { userId: staff.id, retiredOn: "2026-10-31" } })).rejects.toThrow("人员不存在或不属于本单位");
    await expect(recordDiscipline({ actor: other.handler, ip: IP, input: { userId: staff.id, ...period } })).rejects.toThrow("人员不存在或不属于本单位");
    await expect(withdrawDiscipline({ actor: other.handler, ip: IP, input: { id: d.id, reason: "误录" } })).rejects.toThrow("处分登记不存在或不属于本单位");
    expect((await listStaffRecords(other.handler, { page: 1 })).rows.map((r) => r.id)).not.toContain(staff.id);
    expect(await db.staffRetirement.count({ where: { userId: staff.id } })).toBe(0);
    expect(await db.disciplinePeriod.count({ where: { userId: staff.id } })).toBe(1);
    // An applicant without the handler's role may not record at all.
    const applicant = await actorOf(other.staff.id);
    await expect(recordRetirement({ actor: applicant, ip: IP, input: { userId: other.staff.id, retiredOn: "2026-10-31" } })).rejects.toThrow("您没有权限执行此操作");
  });

  it("a wrong entry is withdrawn with a reason and stays on record; two presses: one wins, the other is told", async () => {
    const { handler, staff } = await unitWithHandler();
    const d = await recordDiscipline({ actor: handler, ip: IP, input: { userId: staff.id, ...period } });
    const results = await Promise.allSettled([
      withdrawDiscipline({ actor: handler, ip: IP, input: { id: d.id, reason: "误录" } }),
      withdrawDiscipline({ actor: handler, ip: IP, input: { id: d.id, reason: "误录" } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { message: "该处分登记已撤销" } });
    expect(await db.disciplinePeriod.findUnique({ where: { id: d.id } })).toMatchObject({ withdrawReason: "误录", withdrawnById: handler.userId });
  });

  it("the form's schema refuses an end before the start and year-0000 days, next to the field", () => {
    const bad = disciplineSchema.safeParse({ userId: "x", ...period, endsOn: "2025-12-31" });
    expect(bad.error?.issues[0]).toMatchObject({ path: ["endsOn"], message: "期满日期不能早于开始日期" });
    expect(disciplineSchema.safeParse({ userId: "x", ...period, startsOn: "0000-01-01" }).error?.issues[0].path).toEqual(["startsOn"]);
  });
});
