import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createPerson } from "@/prisma/seed/factories";
import { submitFiling } from "@/lib/evaluation/submit-filing";
import { reviewFiling } from "@/lib/evaluation/review-filing";
import { listFilings } from "@/lib/evaluation/list-filings";
import { evaluationTodos } from "@/lib/evaluation/evaluation-todos";
import { assertFilingCanMeet } from "@/lib/evaluation/assert-filing-can-meet";
import { readFilingFile } from "@/lib/evaluation/read-filing-file";
import { filingSchema } from "@/lib/evaluation/schemas";
import { saveRound } from "@/lib/rounds/save-round";
import { roundSchema } from "@/lib/rounds/schemas";
import { IP, actorOf } from "./declarations-fixtures";
import { approvedFiling, document, evaluationWorld, filingInput, submittedFiling } from "./evaluation-fixtures";

const review = (actor: Parameters<typeof reviewFiling>[0]["actor"], id: string, version: number, pass: boolean, opinion = "") =>
  reviewFiling({ actor, ip: IP, input: { id, version, pass, opinion } });

describe("评审权备案 → 评审权备案审核 → 省人社厅批准", () => {
  it("goes to the unit's competent department, then to the province bureau, and is then 已备案", async () => {
    const w = await evaluationWorld();
    const filing = await submittedFiling(w);
    expect(filing).toMatchObject({ status: "PENDING_DEPT", deptUnitId: w.deptUnit.id, unitId: w.selfUnit.id });
    await expect(review(w.province, filing.id, 0, true)).rejects.toThrow("该备案当前状态为「待主管部门审核」，您不能审核");
    expect((await listFilings({ actor: w.dept, tab: "todo", page: 1, today: "2026-06-01" })).rows.map((r) => r.id)).toEqual([filing.id]);
    expect((await evaluationTodos(w.dept)).map((t) => t.label)).toEqual(["评审权备案审核 1 条待审核"]);
    expect(await review(w.dept, filing.id, 0, true)).toBe("PENDING_PROVINCE");
    expect(await review(w.province, filing.id, 1, true, "同意")).toBe("APPROVED");
    const filed = await listFilings({ actor: w.organizer, tab: "filed", page: 1, today: "2026-06-01" });
    expect(filed.rows.map((r) => [r.id, r.status])).toEqual([[filing.id, "APPROVED"]]);
    expect(await db.auditLog.count({ where: { entityType: "EvaluationFiling", entityId: filing.id } })).toBe(3);
  });

  it("of two reviewers acting at once exactly one wins; a refusal needs an opinion", async () => {
    const w = await evaluationWorld();
    const filing = await submittedFiling(w);
    const other = await actorOf((await createPerson(db, { unitId: w.deptUnit.id, roles: ["UNIT_HANDLER"] })).id);
    const results = await Promise.allSettled([review(w.dept, filing.id, 0, true), review(other, filing.id, 0, true)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(filingSchema.safeParse(filingInput(w)).success).toBe(true);
  });

  it("is not reviewed by another department, and not seen by another unit", async () => {
    const w = await evaluationWorld();
    const v = await evaluationWorld();
    const filing = await submittedFiling(w);
    await expect(review(v.dept, filing.id, 0, true)).rejects.toThrow("备案不存在或您无权审核");
    expect((await listFilings({ actor: v.organizer, tab: "all", page: 1, today: "2026-06-01" })).rows.some((r) => r.id === filing.id)).toBe(false);
  });

  it("is refused by the department with its opinion, and cannot then be approved", async () => {
    const w = await evaluationWorld();
    const filing = await submittedFiling(w);
    expect(await review(w.dept, filing.id, 0, false, "材料不全")).toBe("REJECTED");
    await expect(review(w.province, filing.id, 1, true)).rejects.toThrow("该备案当前状态为「未通过」，您不能审核");
  });

  it("refuses a validity over 3 years and an ordinary unit", async () => {
    const w = await evaluationWorld();
    const parsed = filingSchema.safeParse(filingInput(w, { validTo: "2029-01-01" }));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["validTo"], message: "备案有效期不能超过3年（自2026-01-01起最晚至2028-12-31）" });
    await expect(submitFiling({ actor: w.dept, ip: IP, input: filingSchema.parse(filingInput(w)), document: document() })).rejects.toThrow(
      "只有自主评审单位或人社部门可以申请评审权备案",
    );
  });
});

describe("过期或未批准的备案不能组织评审", () => {
  it("says why: not yet approved, expired, or valid", async () => {
    const w = await evaluationWorld();
    const pending = await submittedFiling(w);
    await expect(db.$transaction((tx) => assertFilingCanMeet(tx, pending.id, "2026-06-01"))).rejects.toThrow(
      "该评审权备案尚未经省人社厅批准，不能组织评审",
    );
    const approved = await approvedFiling(w, { committeeName: `另一评委会${w.county.code}`, validFrom: "2024-01-01", validTo: "2026-05-31" });
    await expect(db.$transaction((tx) => assertFilingCanMeet(tx, approved.id, "2026-06-01"))).rejects.toThrow(
      "该评审权备案已于2026-05-31到期，不能组织评审",
    );
    await expect(db.$transaction((tx) => assertFilingCanMeet(tx, approved.id, "2026-05-31"))).resolves.toMatchObject({ id: approved.id });
  });
});

describe("申报批次指定已备案的评委会", () => {
  it("takes only an approved filing of the round's series, and names its committee", async () => {
    const w = await evaluationWorld();
    const pending = await submittedFiling(w, { committeeName: `待审评委会${w.county.code}` });
    const approved = await approvedFiling(w);
    const input = (filingId: string, seriesId = w.round.seriesId) =>
      roundSchema.parse({ year: "2026", name: `评委会批次${w.county.code}`, seriesId, levels: ["DEPUTY_SENIOR"], windowStart: "2026-11-01T08:00", windowEnd: "2026-11-03T17:00", status: "OPEN", filingId });
    await expect(saveRound({ actor: w.province, ip: IP, input: input(pending.id) })).rejects.toThrow("请选择已备案的评审委员会");
    const other = await db.titleSeries.create({ data: { name: `另一系列${w.county.code}`, titles: {} } });
    await expect(saveRound({ actor: w.province, ip: IP, input: input(approved.id, other.id) })).rejects.toThrow("所选评审委员会备案的系列与本批次的职称系列不一致");
    const round = await saveRound({ actor: w.province, ip: IP, input: input(approved.id) });
    expect(round).toMatchObject({ filingId: approved.id, committeeName: approved.committeeName });
  });
});

describe("备案材料", () => {
  it("is read by the filing unit, its department and the province bureau, and by nobody else", async () => {
    const w = await evaluationWorld();
    const v = await evaluationWorld();
    const filing = await submittedFiling(w);
    const [fileId] = filing.documentFileIds;
    for (const actor of [w.organizer, w.dept, w.province]) {
      expect((await readFilingFile({ actor, fileId })).name).toBe("备案材料.pdf");
    }
    for (const actor of [v.organizer, v.dept]) await expect(readFilingFile({ actor, fileId })).rejects.toThrow("文件不存在或您无权查看");
  });
});
