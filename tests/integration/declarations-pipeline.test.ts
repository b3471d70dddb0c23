import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { saveDeclaration } from "@/lib/declarations/save-declaration";
import { submitDeclaration } from "@/lib/declarations/submit-declaration";
import { resubmitSupplement } from "@/lib/declarations/resubmit-supplement";
import { moveDeclaration } from "@/lib/declarations/move-declaration";
import { getTimeline } from "@/lib/declarations/get-timeline";
import type { DeclarationAction } from "@/lib/declarations/state-machine";
import { shanghaiLocalToInstant } from "@/lib/rounds/window";
import { createPerson, createUnit } from "@/prisma/seed/factories";
import { IP, actorOf, createApplicant, createRound, validForm } from "./declarations-fixtures";

const NOW = shanghaiLocalToInstant("2026-11-02T10:00");

/** The machine driven directly; each reviewer's own functions are tested in the review-* tests. */
async function drive(id: string, actor: Awaited<ReturnType<typeof actorOf>>, action: DeclarationAction, opinion?: string, holderUnitId?: string) {
  return db.$transaction(async (tx) => {
    const declaration = await tx.declaration.findUniqueOrThrow({ where: { id } });
    // 推荐 sends it with a recommendation addressed to the receiving unit: the department reaches it through that.
    const recommendationId =
      action === "recommend" && holderUnitId && actor.unitId
        ? (await tx.recommendation.create({ data: { unitId: actor.unitId, targetUnitId: holderUnitId, note: "推荐", integrityFileId: "-", publicityNoteFileId: "-", createdById: actor.userId } })).id
        : undefined;
    return moveDeclaration({ client: tx, actor, ip: IP, declaration, action, opinion, holderUnitId, recommendationId, now: new Date() });
  });
}

async function submitted() {
  const round = await createRound();
  const a = await createApplicant();
  const form = await validForm(a.actor, round.id);
  const { id } = await saveDeclaration({ actor: a.actor, ip: IP, input: { form } });
  await submitDeclaration({ actor: a.actor, ip: IP, id, now: NOW });
  const handler = await actorOf((await createPerson(db, { name: "核验经办", unitId: a.unit.id, roles: ["UNIT_HANDLER"] })).id);
  const bureauUnit = await createUnit(db, { kind: "HR_BUREAU" });
  const bureau = await actorOf((await createPerson(db, { unitId: bureauUnit.id, roles: ["UNIT_HANDLER"] })).id);
  const deptUnit = await createUnit(db, { kind: "COMPETENT_DEPT" });
  await db.unit.update({ where: { id: a.unit.id }, data: { superiorId: deptUnit.id } });
  const dept = await actorOf((await createPerson(db, { unitId: deptUnit.id, roles: ["UNIT_HANDLER"] })).id);
  return { ...a, form, id, handler, bureau, bureauUnit, dept, deptUnit };
}

describe("申报流程（数据库中的状态机）", () => {
  it("through NEEDS_SUPPLEMENT and back: the applicant edits, 提交 returns it to 资格性审查", async () => {
    const { actor, form, id, handler, bureau, bureauUnit, dept, deptUnit } = await submitted();
    for (const action of ["verifyPass", "publicize", "completePublicity"] as const) await drive(id, handler, action);
    await drive(id, handler, "recommend", undefined, deptUnit.id);
    await drive(id, dept, "deptApprove", undefined, bureauUnit.id);
    expect(await drive(id, bureau, "requestSupplement", "缺少学历证书扫描件")).toBe("NEEDS_SUPPLEMENT");

    const current = await db.declaration.findUniqueOrThrow({ where: { id } });
    expect(current.supplementNote).toBe("缺少学历证书扫描件");
    const edited = { ...form, exam: { ...form.exam, professionalHours: "90" } };
    await saveDeclaration({ actor, ip: IP, input: { id, version: current.version, form: edited } });
    expect(await resubmitSupplement({ actor, ip: IP, id })).toBe("DEPT_APPROVED");
    const after = await db.declaration.findUniqueOrThrow({ where: { id } });
    expect(after.supplementNote).toBeNull();
    await expect(resubmitSupplement({ actor, ip: IP, id })).rejects.toThrow("该申报当前状态为「主管部门审核通过」，不能提交补充材料");
  });

  it("recommended straight to the bureau, the supplement goes back to RECOMMENDED", async () => {
    const { actor, id, handler, bureau, bureauUnit } = await submitted();
    for (const action of ["verifyPass", "publicize", "completePublicity"] as const) await drive(id, handler, action);
    await drive(id, handler, "recommend", undefined, bureauUnit.id);
    await expect(drive(id, handler, "requestSupplement", "缺少继续教育证明")).rejects.toThrow("申报不存在或您无权操作");
    await drive(id, bureau, "requestSupplement", "缺少继续教育证明");
    expect(await resubmitSupplement({ actor, ip: IP, id })).toBe("RECOMMENDED");
  });

  it("核验不通过 returns it to the applicant, who edits and 申报 again", async () => {
    const { actor, form, id, handler } = await submitted();
    await expect(drive(id, handler, "verifyFail")).rejects.toThrow("核验不通过须填写意见");
    await drive(id, handler, "verifyFail", "工作经历不完整");
    const { version } = await db.declaration.findUniqueOrThrow({ where: { id } });
    await saveDeclaration({ actor, ip: IP, input: { id, version, form } });
    expect(await submitDeclaration({ actor, ip: IP, id, now: NOW })).toBe("SUBMITTED");
  });

  it("跟踪 shows who, when and the opinion to the applicant and the unit's handler, to no one else", async () => {
    const { actor, id, handler } = await submitted();
    await drive(id, handler, "verifyFail", "工作经历不完整");
    const { events } = await getTimeline({ actor, id });
    expect(events.map((e) => [e.action, e.actorName, e.opinion])).toEqual([
      ["申报", actor.name, null],
      ["核验不通过", "核验经办", "工作经历不完整"],
    ]);
    expect(events[0].at).toEqual(NOW);
    expect((await getTimeline({ actor: handler, id })).events).toHaveLength(2);
    const stranger = await createApplicant({ roles: ["UNIT_HANDLER"] });
    await expect(getTimeline({ actor: stranger.actor, id })).rejects.toThrow("申报不存在或您无权查看");
    const otherApplicant = await createApplicant();
    await expect(getTimeline({ actor: otherApplicant.actor, id })).rejects.toThrow("申报不存在或您无权查看");
  });

  it("two handlers at once: exactly one 核验 wins, the other is told the current state", async () => {
    const { id, handler, unit } = await submitted();
    const second = await actorOf((await createPerson(db, { unitId: unit.id, roles: ["UNIT_HANDLER"] })).id);
    const results = await Promise.allSettled([drive(id, handler, "verifyPass"), drive(id, second, "verifyPass")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason.message).toBe("该申报当前状态为「单位已核验」，不能核验");
    expect(await db.declarationEvent.count({ where: { declarationId: id } })).toBe(2);
  });
});
