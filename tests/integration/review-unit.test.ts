import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exportQueue } from "@/lib/review/export-queue";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/action";
import { verifyDeclaration } from "@/lib/review/verify-declaration";
import { createPublicity } from "@/lib/review/create-publicity";
import { completePublicity } from "@/lib/review/complete-publicity";
import { recommendDeclarations } from "@/lib/review/recommend-declarations";
import { listQueue } from "@/lib/review/list-queue";
import { publicitySchema } from "@/lib/review/schemas";
import { getTimeline } from "@/lib/declarations/get-timeline";
import { saveDeclaration } from "@/lib/declarations/save-declaration";
import { submitDeclaration } from "@/lib/declarations/submit-declaration";
import { renderPublicityPdf } from "@/lib/review/publicity-pdf";
import { shanghaiLocalToInstant } from "@/lib/rounds/window";
import { pdfText } from "./pdf-text";
import { IP } from "./declarations-fixtures";
import { NOW, current, handlerOf, publicityInput, publicized, reviewWorld, statements, submittedBy, verified } from "./review-fixtures";

const page1 = { page: 1 };

describe("单位内部核验", () => {
  it("the unit's handler sees the submitted declaration, 核验通过 moves it on; another unit's handler finds nothing", async () => {
    const w = await reviewWorld();
    const a = await submittedBy(w, "王核验");
    const queue = await listQueue({ actor: w.handler, key: "verify", filter: page1 });
    expect(queue.rows.map((r) => [r.applicantName, r.idNumberMasked])).toEqual([["王核验", expect.stringMatching(/^\d{4}\*{10}[\dX]{4}$/)]]);

    const other = await reviewWorld();
    expect((await listQueue({ actor: other.handler, key: "verify", filter: page1 })).total).toBe(0);
    const { version } = await current(a.id);
    await expect(verifyDeclaration({ actor: other.handler, ip: IP, id: a.id, version, pass: true })).rejects.toThrow("申报不存在或您无权操作");
    await expect(verifyDeclaration({ actor: w.dept, ip: IP, id: a.id, version, pass: true })).rejects.toThrow("申报不存在或您无权操作");

    expect(await verifyDeclaration({ actor: w.handler, ip: IP, id: a.id, version, pass: true, opinion: "材料齐全" })).toBe("UNIT_VERIFIED");
    const { events } = await getTimeline({ actor: a.actor, id: a.id });
    expect(events.at(-1)).toMatchObject({ action: "核验通过", actorName: "核验经办", actorUnitName: w.unit.name, opinion: "材料齐全" });
  });

  it("导出 writes every row the filter shows, ID numbers masked; only for the queue's reviewers", async () => {
    const w = await reviewWorld();
    const [a, b] = [await submittedBy(w, "导出甲"), await submittedBy(w, "导出乙")];
    const { buffer, filename } = await exportQueue({ actor: w.handler, key: "verify", filter: page1 });
    expect(filename).toMatch(/^单位内部核验-待核验-\d{8}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const rows = workbook.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
    expect(rows[0].slice(1, 3)).toEqual(["姓名", "身份证号"]);
    expect(rows.slice(1).map((r) => r[1]).sort()).toEqual(["导出乙", "导出甲"].sort());
    const ids = rows.slice(1).map((r) => String(r[2]));
    expect(ids).toContain(`${a.user.idNumber.slice(0, 4)}**********${a.user.idNumber.slice(14)}`);
    expect(ids).not.toContain(b.user.idNumber);
    await expect(exportQueue({ actor: w.handler, key: "qualification", filter: page1 })).rejects.toThrow("您没有权限执行此操作");
  });

  it("a DRAFT is never in a reviewer's queue", async () => {
    const w = await reviewWorld();
    const a = await submittedBy(w);
    await db.declaration.update({ where: { id: a.id }, data: { status: "DRAFT" } });
    expect((await listQueue({ actor: w.handler, key: "verify", filter: { ...page1, tab: "returned" } })).total).toBe(0);
    expect((await listQueue({ actor: w.handler, key: "verify", filter: page1 })).total).toBe(0);
    await expect(getTimeline({ actor: w.handler, id: a.id })).rejects.toThrow("申报不存在或您无权查看");
  });

  it("核验不通过 needs an opinion; the applicant sees it (and gets an SMS), edits and 申报 again", async () => {
    const w = await reviewWorld();
    const a = await submittedBy(w);
    const { version } = await current(a.id);
    await expect(verifyDeclaration({ actor: w.handler, ip: IP, id: a.id, version, pass: false, opinion: " " })).rejects.toThrow("核验不通过须填写意见");
    await verifyDeclaration({ actor: w.handler, ip: IP, id: a.id, version, pass: false, opinion: "工作经历不完整" });
    expect((await current(a.id)).status).toBe("RETURNED");
    expect((await getTimeline({ actor: a.actor, id: a.id })).events.at(-1)?.opinion).toBe("工作经历不完整");
    expect(await db.smsMessage.count({ where: { content: { contains: "工作经历不完整" } } })).toBeGreaterThan(0);
    const again = await current(a.id);
    await saveDeclaration({ actor: a.actor, ip: IP, input: { id: a.id, version: again.version, form: a.form } });
    expect(await submitDeclaration({ actor: a.actor, ip: IP, id: a.id, now: NOW })).toBe("SUBMITTED");
  });

  it("two handlers at once: exactly one 核验 wins, the other is told", async () => {
    const w = await reviewWorld();
    const second = await handlerOf(w.unit.id);
    const a = await submittedBy(w);
    const { version } = await current(a.id);
    const results = await Promise.allSettled([
      verifyDeclaration({ actor: w.handler, ip: IP, id: a.id, version, pass: true }),
      verifyDeclaration({ actor: second, ip: IP, id: a.id, version, pass: false, opinion: "退回" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason.message).toMatch(/当前状态为「(单位已核验|单位核验不通过)」/);
    expect(await db.declarationEvent.count({ where: { declarationId: a.id } })).toBe(2);
  });
});

describe("申报公示", () => {
  it("fewer than 5 working days is refused with that message", async () => {
    const res = await runAction(publicitySchema, { ...publicityInput(["x"]), workingDays: 4 }, async () => null);
    expect(res.fieldErrors?.workingDays).toBe("公示期不能少于5个工作日");
  });

  it("the end date skips National Day and counts the adjusted Saturday", async () => {
    const w = await reviewWorld();
    const a = await verified(w);
    const p = await createPublicity({ actor: w.handler, ip: IP, input: publicityInput([a.id], "2026-09-30"), now: shanghaiLocalToInstant("2026-09-30T08:00") });
    expect(p.endDate).toBe("2026-10-12");
    expect((await current(a.id)).status).toBe("IN_PUBLICITY");
  });

  it("cannot be backdated: a start before today (Asia/Shanghai) is the start date's field error and saves nothing", async () => {
    const w = await reviewWorld();
    const a = await verified(w);
    // 00:30 on Sunday 2026-11-08 in Shanghai is still Saturday in UTC; a day off may be the first day.
    const sunday = shanghaiLocalToInstant("2026-11-08T00:30");
    const res = await runAction(publicitySchema, publicityInput([a.id], "2025-01-02"), (input) => createPublicity({ actor: w.handler, ip: IP, input, now: sunday }));
    expect(res.fieldErrors?.startDate).toBe("公示起始日期不能早于今天（2026-11-08）");
    await expect(createPublicity({ actor: w.handler, ip: IP, input: publicityInput([a.id], "2026-11-07"), now: sunday })).rejects.toThrow("不能早于今天");
    expect(await db.publicity.count({ where: { unitId: w.unit.id } })).toBe(0);
    expect((await current(a.id)).status).toBe("UNIT_VERIFIED");
    const p = await createPublicity({ actor: w.handler, ip: IP, input: publicityInput([a.id], "2026-11-08"), now: sunday });
    expect(p.endDate).toBe("2026-11-13");
    await expect(completePublicity({ actor: w.handler, ip: IP, id: p.id, now: sunday })).rejects.toThrow("届满后（2026-11-14起）方可完成公示");
  });

  it("lists only the unit's verified declarations, never one already in a publicity", async () => {
    const w = await reviewWorld();
    const a = await verified(w);
    const b = await submittedBy(w);
    await expect(createPublicity({ actor: w.handler, ip: IP, input: publicityInput([b.id]), now: NOW })).rejects.toThrow("当前状态为「已申报」，不能列入公示");
    const other = await reviewWorld();
    await expect(createPublicity({ actor: other.handler, ip: IP, input: publicityInput([a.id]), now: NOW })).rejects.toThrow("不属于本单位");
    await createPublicity({ actor: w.handler, ip: IP, input: publicityInput([a.id]), now: NOW });
    await expect(createPublicity({ actor: w.handler, ip: IP, input: publicityInput([a.id]), now: NOW })).rejects.toThrow("当前状态为「公示中」");
    expect(await db.publicity.count({ where: { unitId: w.unit.id } })).toBe(1);
  });

  it("完成公示 only after the end date, then PUBLICIZED; a second press is told", async () => {
    const w = await reviewWorld();
    const a = await verified(w);
    const p = await createPublicity({ actor: w.handler, ip: IP, input: publicityInput([a.id]), now: NOW });
    await expect(completePublicity({ actor: w.handler, ip: IP, id: p.id, now: shanghaiLocalToInstant("2026-11-06T18:00") })).rejects.toThrow(
      "公示期至2026-11-06，届满后（2026-11-07起）方可完成公示",
    );
    const after = shanghaiLocalToInstant("2026-11-07T09:00");
    const other = await reviewWorld();
    await expect(completePublicity({ actor: other.handler, ip: IP, id: p.id, now: after })).rejects.toThrow("公示不存在或您无权查看");
    expect(await completePublicity({ actor: w.handler, ip: IP, id: p.id, now: after })).toBe(1);
    expect((await current(a.id)).status).toBe("PUBLICIZED");
    await expect(completePublicity({ actor: w.handler, ip: IP, id: p.id, now: after })).rejects.toThrow("该公示当前状态为「已完成公示」，不能再次完成公示");
  });

  it("the 公示表 PDF carries the title, the period and the list with ID numbers masked", async () => {
    const w = await reviewWorld();
    const a = await verified(w, "赵公示");
    const p = await createPublicity({ actor: w.handler, ip: IP, input: publicityInput([a.id]), now: NOW });
    const { pdf } = await renderPublicityPdf({ actor: w.handler, id: p.id });
    const text = await pdfText(pdf);
    expect(text).toContain("2026年度职称申报公示");
    expect(text).toContain("2026-11-02");
    expect(text).toContain("2026-11-06");
    expect(text).toContain("赵公示");
    expect(text).toContain(`${a.user.idNumber.slice(0, 4)}**********${a.user.idNumber.slice(14)}`);
    expect(text).not.toContain(a.user.idNumber);
    const other = await reviewWorld();
    await expect(renderPublicityPdf({ actor: other.handler, id: p.id })).rejects.toThrow("公示不存在或您无权查看");
  });
});

describe("单位推荐上报", () => {
  it("goes to the unit's competent department, with both statements checked by content", async () => {
    const w = await reviewWorld();
    const a = await publicized(w);
    const bad = { ...statements(), integrityFile: { name: "诚信承诺书.pdf", bytes: Buffer.from("not a pdf") } };
    await expect(recommendDeclarations({ actor: w.handler, ip: IP, input: { note: "推荐", declarationIds: [a.id] }, files: bad })).rejects.toMatchObject({
      field: "integrityFile",
    });
    const { target } = await recommendDeclarations({ actor: w.handler, ip: IP, input: { note: "推荐", declarationIds: [a.id] }, files: statements(), now: NOW });
    expect(target.id).toBe(w.deptUnit.id);
    expect(await current(a.id)).toMatchObject({ status: "RECOMMENDED", holderUnitId: w.deptUnit.id });
    expect((await listQueue({ actor: w.dept, key: "dept", filter: page1 })).total).toBe(1);
    expect((await listQueue({ actor: w.bureau, key: "qualification", filter: page1 })).total).toBe(0);
  });

  it("a unit without a superior recommends to the HR bureau of its region; only publicized declarations", async () => {
    const w = await reviewWorld({ underDept: false });
    const a = await publicized(w);
    const b = await verified(w);
    await expect(recommendDeclarations({ actor: w.handler, ip: IP, input: { note: "推荐", declarationIds: [a.id, b.id] }, files: statements() })).rejects.toThrow(
      "须完成公示后才能推荐上报",
    );
    expect((await current(a.id)).status).toBe("PUBLICIZED");
    const { target } = await recommendDeclarations({ actor: w.handler, ip: IP, input: { note: "推荐", declarationIds: [a.id] }, files: statements() });
    expect(target.id).toBe(w.bureauUnit.id);
    expect((await listQueue({ actor: w.bureau, key: "qualification", filter: page1 })).rows.map((r) => r.id)).toEqual([a.id]);
  });
});
