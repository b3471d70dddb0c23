import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { saveDeclaration } from "@/lib/declarations/save-declaration";
import { submitDeclaration } from "@/lib/declarations/submit-declaration";
import { hasDeclarationInProgress } from "@/lib/declarations/in-progress";
import { shanghaiLocalToInstant } from "@/lib/rounds/window";
import { IP, createApplicant, createRound, validForm } from "./declarations-fixtures";

const at = (local: string, seconds = 0) => new Date(shanghaiLocalToInstant(local).getTime() + seconds * 1000);
const WINDOW = "申报时间为2026年11月01日08:00至2026年11月03日17:00";

async function draft() {
  const round = await createRound();
  const a = await createApplicant();
  const form = await validForm(a.actor, round.id);
  const saved = await saveDeclaration({ actor: a.actor, ip: IP, input: { form } });
  return { ...a, round, form, saved };
}

describe("申报时间窗口", () => {
  it.each([
    ["one second before the start", "2026-11-01T08:00", -1, false],
    ["at the start", "2026-11-01T08:00", 0, true],
    ["at the end", "2026-11-03T17:00", 0, true],
    ["one second after the end", "2026-11-03T17:00", 1, false],
  ] as const)("%s", async (_, local, offset, accepted) => {
    const { actor, saved } = await draft();
    const attempt = submitDeclaration({ actor, ip: IP, id: saved.id, now: at(local, offset) });
    if (accepted) {
      await expect(attempt).resolves.toBe("SUBMITTED");
    } else {
      await expect(attempt).rejects.toThrow(WINDOW);
      expect((await db.declaration.findUniqueOrThrow({ where: { id: saved.id } })).status).toBe("DRAFT");
    }
  });

  it("a closed round refuses 申报 even inside its dates, naming the window", async () => {
    const { actor, saved, round } = await draft();
    await db.applicationRound.update({ where: { id: round.id }, data: { status: "CLOSED" } });
    await expect(submitDeclaration({ actor, ip: IP, id: saved.id, now: at("2026-11-02T10:00") })).rejects.toThrow(WINDOW);
  });
});

describe("申报", () => {
  it("two presses at once yield exactly one submission and one timeline event", async () => {
    const { actor, saved, user } = await draft();
    const now = at("2026-11-02T10:00");
    const results = await Promise.allSettled([
      submitDeclaration({ actor, ip: IP, id: saved.id, now }),
      submitDeclaration({ actor, ip: IP, id: saved.id, now }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(loser.reason.message).toBe("该申报当前状态为「已申报」，不能再次申报");
    expect(await db.declarationEvent.count({ where: { declarationId: saved.id, action: "申报" } })).toBe(1);
    const row = await db.declaration.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row.status).toBe("SUBMITTED");
    expect(row.submittedAt).toEqual(now);
    expect(await hasDeclarationInProgress(db, user.id)).toBe(true);
  });

  it("the row's press, carrying the state it showed, submits; a press on a stale version changes nothing", async () => {
    const { actor, saved } = await draft();
    const now = at("2026-11-02T10:00");
    await expect(submitDeclaration({ actor, ip: IP, id: saved.id, now, seen: { status: "DRAFT", version: saved.version + 1 } })).rejects.toThrow("请刷新后重试");
    expect((await db.declaration.findUniqueOrThrow({ where: { id: saved.id } })).status).toBe("DRAFT");
    await expect(submitDeclaration({ actor, ip: IP, id: saved.id, now, seen: { status: "DRAFT", version: saved.version } })).resolves.toBe("SUBMITTED");
    expect(await db.declarationEvent.count({ where: { declarationId: saved.id, action: "申报" } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: saved.id, action: "申报" } })).toBe(1);
  });

  it("the row's press outside the window names the window and changes nothing", async () => {
    const { actor, saved } = await draft();
    const seen = { status: "DRAFT" as const, version: saved.version };
    await expect(submitDeclaration({ actor, ip: IP, id: saved.id, now: at("2026-11-03T17:00", 1), seen })).rejects.toThrow(WINDOW);
    expect((await db.declaration.findUniqueOrThrow({ where: { id: saved.id } })).status).toBe("DRAFT");
    expect(await db.declarationEvent.count({ where: { declarationId: saved.id } })).toBe(0);
  });

  it("a draft is not in progress", async () => {
    const { user } = await draft();
    expect(await hasDeclarationInProgress(db, user.id)).toBe(false);
  });

  it("someone else cannot 申报 the applicant's declaration", async () => {
    const { saved } = await draft();
    const other = await createApplicant();
    await expect(submitDeclaration({ actor: other.actor, ip: IP, id: saved.id, now: at("2026-11-02T10:00") })).rejects.toThrow("申报不存在或您无权操作");
  });

  it("a submitted declaration can no longer be edited", async () => {
    const { actor, saved, form } = await draft();
    await submitDeclaration({ actor, ip: IP, id: saved.id, now: at("2026-11-02T10:00") });
    await expect(saveDeclaration({ actor, ip: IP, input: { id: saved.id, version: 1, form } })).rejects.toThrow("该申报当前状态为「已申报」，不能修改");
  });
});

describe("保存", () => {
  it("one declaration per applicant per round", async () => {
    const { actor, form } = await draft();
    await expect(saveDeclaration({ actor, ip: IP, input: { form } })).rejects.toThrow("您已填报过该批次的申报");
  });

  it("an edit with a stale version (another tab saved first) is refused and changes nothing", async () => {
    const { actor, saved, form } = await draft();
    await saveDeclaration({ actor, ip: IP, input: { id: saved.id, version: 0, form: { ...form, exam: { ...form.exam, publicHours: "40" } } } });
    await expect(saveDeclaration({ actor, ip: IP, input: { id: saved.id, version: 0, form } })).rejects.toThrow("请刷新后再编辑");
    const row = await db.declaration.findUniqueOrThrow({ where: { id: saved.id } });
    expect((row.form as { exam: { publicHours: string } }).exam.publicHours).toBe("40");
    expect(row.version).toBe(1);
  });

  it("保存 in two tabs at once, or 保存 racing 申报: exactly one wins, the other is told the current state", async () => {
    const { actor, saved, form } = await draft();
    const edit = (publicHours: string) => saveDeclaration({ actor, ip: IP, input: { id: saved.id, version: 0, form: { ...form, exam: { ...form.exam, publicHours } } } });
    const saves = await Promise.allSettled([edit("41"), edit("42")]);
    expect(saves.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((saves.find((r) => r.status === "rejected") as PromiseRejectedResult).reason.message).toContain("当前状态为「未申报」），请刷新后再编辑");
    const row = await db.declaration.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row.version).toBe(1);
    const raced = await Promise.allSettled([
      saveDeclaration({ actor, ip: IP, input: { id: saved.id, version: 1, form } }),
      submitDeclaration({ actor, ip: IP, id: saved.id, now: at("2026-11-02T10:00"), seen: { status: "DRAFT", version: 1 } }),
    ]);
    expect(raced.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const after = await db.declaration.findUniqueOrThrow({ where: { id: saved.id } });
    expect(after.version).toBe(2);
  });

  it("only the applicant edits", async () => {
    const { saved, form } = await draft();
    const other = await createApplicant();
    const otherForm = await validForm(other.actor, form.roundId);
    await expect(saveDeclaration({ actor: other.actor, ip: IP, input: { id: saved.id, version: 0, form: otherForm } })).rejects.toThrow("申报不存在或您无权修改");
  });

  it("a person bound to no unit is told to bind first", async () => {
    const round = await createRound();
    const bound = await createApplicant();
    const form = await validForm(bound.actor, round.id);
    const unbound = await createApplicant({ bound: false });
    await expect(saveDeclaration({ actor: unbound.actor, ip: IP, input: { form } })).rejects.toThrow("您尚未绑定单位");
  });

  it.each(["UNIT_HANDLER", "UNIT_ADMIN"] as const)("a %s may not apply", async (role) => {
    const round = await createRound();
    const bound = await createApplicant();
    const form = await validForm(bound.actor, round.id);
    const staff = await createApplicant({ roles: [role] });
    await expect(saveDeclaration({ actor: staff.actor, ip: IP, input: { form } })).rejects.toThrow("单位管理员和职称经办人员不能申报职称");
  });

  it("refuses a photo uploaded by someone else", async () => {
    const round = await createRound();
    const a = await createApplicant();
    const b = await createApplicant();
    const formA = await validForm(a.actor, round.id);
    await expect(saveDeclaration({ actor: b.actor, ip: IP, input: { form: formA } })).rejects.toThrow("附件不存在或不属于您");
  });

  it("refuses a title the round's series does not have at that level", async () => {
    const round = await createRound();
    const a = await createApplicant();
    const form = await validForm(a.actor, round.id);
    form.professional.titleName = "高级工程师";
    await expect(saveDeclaration({ actor: a.actor, ip: IP, input: { form } })).rejects.toThrow("请从列表中选择申报职称");
    expect(await db.declaration.count({ where: { applicantId: a.user.id } })).toBe(0);
  });
});
