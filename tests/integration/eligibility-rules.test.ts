import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { listRuleSets } from "@/lib/eligibility/list-rule-sets";
import { rulesOfRound } from "@/lib/eligibility/round-rules";
import { ENGINEERING_STORED_RULES, ENGINEERING_TITLES, type StoredRules } from "@/lib/eligibility/rules";
import { saveRuleSet } from "@/lib/eligibility/save-rule-set";
import { saveRound } from "@/lib/rounds/save-round";
import { roundSchema } from "@/lib/rounds/schemas";
import { createPerson, createUnit } from "@/prisma/seed/factories";
import { IP, actorOf } from "./declarations-fixtures";

// 申报条件管理: the province bureau keeps each series' rules; every change is audited; a round keeps the rules it opened with.

async function staff(regionCode: string) {
  const unit = await createUnit(db, { kind: "HR_BUREAU", regionCode });
  return actorOf((await createPerson(db, { unitId: unit.id, roles: ["UNIT_HANDLER"] })).id);
}

const series = () => db.titleSeries.create({ data: { name: `申报条件测试系列${randomUUID()}`, titles: ENGINEERING_TITLES } });

function withEngineerRoute(rules: StoredRules, years: number): StoredRules {
  return { ...rules, routes: { ...rules.routes, 工程师: { ...rules.routes.工程师, 本科: { kind: "sinceTitle", title: "助理工程师", years } } } };
}

describe("申报条件管理", () => {
  it("the province bureau sets a series' rules and edits them from the version it read; each change is audited with before and after", async () => {
    const actor = await staff("520000");
    const s = await series();
    expect((await listRuleSets(actor)).find((v) => v.seriesId === s.id)).toMatchObject({ kept: false, version: 0, titles: ["技术员", "助理工程师", "工程师", "高级工程师", "正高级工程师"] });

    expect(await saveRuleSet({ actor, ip: IP, seriesId: s.id, version: 0, rules: ENGINEERING_STORED_RULES })).toEqual({ version: 0 });
    expect(await saveRuleSet({ actor, ip: IP, seriesId: s.id, version: 0, rules: withEngineerRoute(ENGINEERING_STORED_RULES, 3) })).toEqual({ version: 1 });
    // An edit started from the first version lost the race: refused, nothing changed.
    await expect(saveRuleSet({ actor, ip: IP, seriesId: s.id, version: 0, rules: withEngineerRoute(ENGINEERING_STORED_RULES, 6) })).rejects.toThrow("已被他人修改");

    const view = (await listRuleSets(actor)).find((v) => v.seriesId === s.id)!;
    expect(view.rules.routes.工程师.本科).toEqual({ kind: "sinceTitle", title: "助理工程师", years: 3 });
    const audits = await db.auditLog.findMany({ where: { entityType: "EligibilityRuleSet", entityId: s.id }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["新增申报条件", "修改申报条件"]);
    expect(audits[1].detail).toMatchObject({ before: { routes: { 工程师: { 本科: { years: 4 } } } }, after: { routes: { 工程师: { 本科: { years: 3 } } } } });
  });

  it("refuses a route through a title that is not lower in the series, a bad cut-off day, and the years as text, naming the cell", async () => {
    const actor = await staff("520000");
    const s = await series();
    const skipUp = { ...ENGINEERING_STORED_RULES, routes: { 工程师: { 本科: { kind: "sinceTitle", title: "高级工程师", years: 2 } } } };
    await expect(saveRuleSet({ actor, ip: IP, seriesId: s.id, version: 0, rules: skipUp })).rejects.toMatchObject({ field: "routes.工程师.本科", message: "须为低于工程师的本系列职称" });
    const badDay = { ...ENGINEERING_STORED_RULES, conventions: { ...ENGINEERING_STORED_RULES.conventions, countToMonthDay: "13-01" } };
    await expect(saveRuleSet({ actor, ip: IP, seriesId: s.id, version: 0, rules: badDay })).rejects.toMatchObject({ field: "conventions.countToMonthDay" });
    const words = { routes: { 技术员: { 专科: { kind: "afterGraduation", years: "一年" } } }, conventions: ENGINEERING_STORED_RULES.conventions };
    await expect(saveRuleSet({ actor, ip: IP, seriesId: s.id, version: 0, rules: words })).rejects.toMatchObject({ field: "routes.技术员.专科.years" });
    expect(await db.eligibilityRuleSet.count({ where: { seriesId: s.id } })).toBe(0);
  });

  it("a city bureau's handler may neither read nor change them", async () => {
    const actor = await staff("520100");
    const s = await series();
    await expect(listRuleSets(actor)).rejects.toThrow("您没有权限执行此操作");
    await expect(saveRuleSet({ actor, ip: IP, seriesId: s.id, version: 0, rules: ENGINEERING_STORED_RULES })).rejects.toThrow("您没有权限执行此操作");
    expect(await db.eligibilityRuleSet.count({ where: { seriesId: s.id } })).toBe(0);
  });

  it("a round takes the rules in force when it opens and keeps them through later edits", async () => {
    const actor = await staff("520000");
    const s = await series();
    await saveRuleSet({ actor, ip: IP, seriesId: s.id, version: 0, rules: ENGINEERING_STORED_RULES });
    const input = roundSchema.parse({
      year: "2026",
      name: `2026年度申报条件测试批次${randomUUID()}`,
      seriesId: s.id,
      levels: ["INTERMEDIATE"],
      windowStart: "2026-11-01T08:00",
      windowEnd: "2026-11-03T17:00",
      status: "DRAFT",
      filingId: "",
    });
    const draft = await saveRound({ actor, ip: IP, input });
    expect(await rulesOfRound(db, draft.id)).toBeNull();

    await saveRound({ actor, ip: IP, input: { ...input, id: draft.id, status: "OPEN" } });
    await saveRuleSet({ actor, ip: IP, seriesId: s.id, version: 0, rules: withEngineerRoute(ENGINEERING_STORED_RULES, 1) });
    // Saving the open round again does not take the newer rules either.
    await saveRound({ actor, ip: IP, input: { ...input, id: draft.id, status: "OPEN" } });
    const kept = await rulesOfRound(db, draft.id);
    expect(kept?.routes.工程师.本科).toEqual({ kind: "sinceTitle", title: "助理工程师", years: 4 });
    expect(kept?.titles).toEqual(["技术员", "助理工程师", "工程师", "高级工程师", "正高级工程师"]);
  });
});
