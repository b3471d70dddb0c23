import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { saveRound } from "@/lib/rounds/save-round";
import { roundSchema } from "@/lib/rounds/schemas";
import { runAction } from "@/lib/action";
import { createPerson, createUnit } from "@/prisma/seed/factories";
import { IP, actorOf } from "./declarations-fixtures";

async function staff(regionCode: string) {
  const unit = await createUnit(db, { kind: "HR_BUREAU", regionCode });
  return actorOf((await createPerson(db, { unitId: unit.id, roles: ["UNIT_HANDLER"] })).id);
}

async function input(overrides: Record<string, unknown> = {}) {
  const series = await db.titleSeries.create({ data: { name: `批次测试系列${randomUUID()}`, titles: { INTERMEDIATE: ["工程师"] } } });
  return roundSchema.parse({
    year: "2026",
    name: `2026年度测试批次${randomUUID()}`,
    seriesId: series.id,
    levels: ["INTERMEDIATE", "DEPUTY_SENIOR"],
    windowStart: "2026-11-01T08:00",
    windowEnd: "2026-11-03T17:00",
    status: "OPEN",
    filingId: "",
    ...overrides,
  });
}

describe("申报批次管理", () => {
  it("the province bureau's handler creates a round; the window is stored as UTC instants, audited", async () => {
    const actor = await staff("520000");
    const round = await saveRound({ actor, ip: IP, input: await input() });
    expect(round.windowStart.toISOString()).toBe("2026-11-01T00:00:00.000Z");
    expect(round.windowEnd.toISOString()).toBe("2026-11-03T09:00:00.000Z");
    expect(round.committeeName).toBeNull();
    expect(await db.auditLog.count({ where: { entityType: "ApplicationRound", entityId: round.id, action: "新增申报批次" } })).toBe(1);
  });

  it("edits a round", async () => {
    const actor = await staff("520000");
    const first = await input();
    const round = await saveRound({ actor, ip: IP, input: first });
    const edited = await saveRound({ actor, ip: IP, input: { ...first, id: round.id, status: "CLOSED", windowEnd: "2026-11-05T17:00" } });
    expect(edited.id).toBe(round.id);
    expect(edited.status).toBe("CLOSED");
    expect(edited.windowEnd.toISOString()).toBe("2026-11-05T09:00:00.000Z");
  });

  it("a city bureau's handler may not", async () => {
    const actor = await staff("520100");
    const data = await input();
    await expect(saveRound({ actor, ip: IP, input: data })).rejects.toThrow("您没有权限执行此操作");
    expect(await db.applicationRound.count({ where: { name: data.name } })).toBe(0);
  });

  it("a duplicate name is refused next to the name field", async () => {
    const actor = await staff("520000");
    const data = await input();
    await saveRound({ actor, ip: IP, input: data });
    const res = await runAction(roundSchema, { ...data, year: String(data.year) }, (d) => saveRound({ actor, ip: IP, input: d }));
    expect(res).toMatchObject({ ok: false, fieldErrors: { name: "已存在同名的申报批次" } });
  });

  it("an end before the start, or no level, is refused by the schema with messages by field", async () => {
    const data = await input();
    const res = roundSchema.safeParse({ ...data, windowEnd: "2026-10-01T08:00", levels: [] });
    expect(res.success).toBe(false);
    const messages = Object.fromEntries(res.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(messages).toMatchObject({ windowEnd: "结束时间须晚于开始时间", levels: "请至少选择一个级别" });
  });
});
