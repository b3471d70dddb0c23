import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { reviewRecommendation } from "@/lib/review/review-recommendation";
import { reviewQualification } from "@/lib/review/review-qualification";
import { recommendDeclarations } from "@/lib/review/recommend-declarations";
import { listQueue } from "@/lib/review/list-queue";
import { getReviewDetail } from "@/lib/review/get-review-detail";
import { homeTodos } from "@/lib/review/home-todos";
import { getTimeline } from "@/lib/declarations/get-timeline";
import { saveDeclaration } from "@/lib/declarations/save-declaration";
import { resubmitSupplement } from "@/lib/declarations/resubmit-supplement";
import { readDeclarationFile } from "@/lib/declarations/read-declaration-file";
import { shanghaiLocalToInstant } from "@/lib/rounds/window";
import { createPerson, createUnit } from "@/prisma/seed/factories";
import { IP, actorOf } from "./declarations-fixtures";
import { NOW, current, deptApproved, handlerOf, publicized, recommended, reviewWorld, statements } from "./review-fixtures";

const page1 = { page: 1 };

describe("职称评审推荐审核", () => {
  it("通过 forwards to the HR bureau of the unit's region; a department outside the tree finds nothing", async () => {
    const w = await reviewWorld();
    const a = await recommended(w);
    const outside = await handlerOf((await createUnit(db, { kind: "COMPETENT_DEPT", regionCode: w.county.code })).id);
    const { version } = await current(a.id);
    await expect(reviewRecommendation({ actor: outside, ip: IP, id: a.id, version, approve: true })).rejects.toThrow("申报不存在或您无权操作");
    await expect(reviewRecommendation({ actor: w.bureau, ip: IP, id: a.id, version, approve: true })).rejects.toThrow("申报不存在或您无权操作");
    expect((await listQueue({ actor: outside, key: "dept", filter: page1 })).total).toBe(0);

    expect(await reviewRecommendation({ actor: w.dept, ip: IP, id: a.id, version, approve: true, now: NOW })).toBe("DEPT_APPROVED");
    expect((await current(a.id)).holderUnitId).toBe(w.bureauUnit.id);
    expect((await listQueue({ actor: w.bureau, key: "qualification", filter: page1 })).rows.map((r) => r.id)).toEqual([a.id]);
    expect((await listQueue({ actor: w.dept, key: "dept", filter: { ...page1, tab: "passed" } })).total).toBe(1);
  });

  it("the department's reach is one: what it still reads after 通过 it may try to decide again, and is told the state", async () => {
    const w = await reviewWorld();
    const a = await recommended(w);
    expect(await reviewRecommendation({ actor: w.dept, ip: IP, id: a.id, version: (await current(a.id)).version, approve: true, now: NOW })).toBe("DEPT_APPROVED");
    const { version } = await current(a.id);
    expect(await getReviewDetail({ actor: w.dept, key: "dept", id: a.id, now: NOW })).toBeTruthy();
    await expect(reviewRecommendation({ actor: w.dept, ip: IP, id: a.id, version, approve: false, opinion: "再次退回" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await current(a.id)).toMatchObject({ status: "DEPT_APPROVED", version });
  });

  it("退回 needs an opinion and goes back to the unit, which corrects and 上报 again", async () => {
    const w = await reviewWorld();
    const a = await recommended(w);
    const { version } = await current(a.id);
    await expect(reviewRecommendation({ actor: w.dept, ip: IP, id: a.id, version, approve: false, opinion: "" })).rejects.toThrow("推荐审核退回须填写意见");
    await reviewRecommendation({ actor: w.dept, ip: IP, id: a.id, version, approve: false, opinion: "推荐信息不完整" });
    expect(await current(a.id)).toMatchObject({ status: "PUBLICIZED", holderUnitId: w.unit.id, recommendationId: null });
    expect((await listQueue({ actor: w.dept, key: "dept", filter: page1 })).total).toBe(0);
    await recommendDeclarations({ actor: w.handler, ip: IP, input: { note: "补充推荐信息后再次上报", declarationIds: [a.id] }, files: statements() });
    expect((await current(a.id)).status).toBe("RECOMMENDED");
  });
});

describe("资格性审查", () => {
  it("通过 → QUALIFIED; a bureau of another region, or one above that does not hold it, finds nothing", async () => {
    const w = await reviewWorld();
    const a = await deptApproved(w);
    const elsewhere = await reviewWorld();
    const province = await actorOf((await createPerson(db, { unitId: (await createUnit(db, { kind: "HR_BUREAU", regionCode: "520000" })).id, roles: ["UNIT_HANDLER"] })).id);
    const { version } = await current(a.id);
    for (const actor of [elsewhere.bureau, province]) {
      await expect(reviewQualification({ actor, ip: IP, id: a.id, version, decision: { kind: "qualify" } })).rejects.toThrow("申报不存在或您无权操作");
      await expect(getReviewDetail({ actor, key: "qualification", id: a.id })).rejects.toThrow("申报不存在或您无权查看");
    }
    await expect(reviewQualification({ actor: w.handler, ip: IP, id: a.id, version, decision: { kind: "qualify" } })).rejects.toThrow("申报不存在或您无权操作");
    expect(await reviewQualification({ actor: w.bureau, ip: IP, id: a.id, version, decision: { kind: "qualify" }, now: NOW })).toBe("QUALIFIED");
    const { declaration, events } = await getTimeline({ actor: a.actor, id: a.id });
    expect(declaration.holderName).toBe(w.bureauUnit.name);
    // The fixture makes every move at the same instant, so the timeline's order is not what is checked here.
    expect(events.map((e) => [e.action, e.actorUnitName]).sort()).toEqual([
      ["申报", w.unit.name],
      ["核验通过", w.unit.name],
      ["列入公示", w.unit.name],
      ["完成公示", w.unit.name],
      ["推荐上报", w.unit.name],
      ["推荐审核通过", w.deptUnit.name],
      ["资格性审查通过", w.bureauUnit.name],
    ].sort());
  });

  it("退回补充材料 names the parts; the applicant changes only those, 提交 returns it to the same queue with a 变更 view", async () => {
    const w = await reviewWorld();
    const a = await deptApproved(w);
    const { version } = await current(a.id);
    await expect(
      reviewQualification({ actor: w.bureau, ip: IP, id: a.id, version, decision: { kind: "supplement", sections: ["exam"], deadline: "2026-11-01" }, now: NOW }),
    ).rejects.toThrow("补正期限不能早于今天");
    await reviewQualification({
      actor: w.bureau,
      ip: IP,
      id: a.id,
      version,
      decision: { kind: "supplement", sections: ["exam", "education"], opinion: "继续教育证明不清晰", deadline: "2026-11-20" },
      now: NOW,
    });
    const returned = await current(a.id);
    expect(returned).toMatchObject({
      status: "NEEDS_SUPPLEMENT",
      supplementSections: ["exam", "education"],
      supplementDeadline: "2026-11-20",
      supplementNote: "请补充：考试考核学时情况、教育情况；继续教育证明不清晰",
    });
    expect(await db.smsMessage.count({ where: { content: { contains: "请于2026-11-20前" } } })).toBeGreaterThan(0);

    const outside = { ...a.form, work: [{ ...a.form.work[0], position: "工程师" }] };
    await expect(saveDeclaration({ actor: a.actor, ip: IP, input: { id: a.id, version: returned.version, form: outside } })).rejects.toThrow(
      "「工作经历」未被要求补充，不能修改",
    );
    const edited = { ...a.form, exam: { ...a.form.exam, professionalHours: "96" } };
    await saveDeclaration({ actor: a.actor, ip: IP, input: { id: a.id, version: returned.version, form: edited } });
    expect(await resubmitSupplement({ actor: a.actor, ip: IP, id: a.id })).toBe("DEPT_APPROVED");
    expect((await listQueue({ actor: w.bureau, key: "qualification", filter: page1 })).rows.map((r) => r.id)).toEqual([a.id]);

    const detail = await getReviewDetail({ actor: w.bureau, key: "qualification", id: a.id });
    expect(detail.changes).toEqual([{ section: "考试考核学时情况", field: "专业科目学时", before: "60", after: "96" }]);
    const versions = await db.declarationVersion.findMany({ where: { declarationId: a.id }, orderBy: { number: "asc" } });
    expect(versions.map((v) => v.reason)).toEqual(["申报", "补充材料提交"]);
    await expect(db.declarationVersion.update({ where: { id: versions[0].id }, data: { reason: "改" } })).rejects.toThrow();
  });

  it("a supplement left past its deadline is marked 逾期未补正 and may be refused for it, not before", async () => {
    const w = await reviewWorld();
    const a = await deptApproved(w);
    await reviewQualification({
      actor: w.bureau,
      ip: IP,
      id: a.id,
      version: (await current(a.id)).version,
      decision: { kind: "supplement", sections: ["photo"], deadline: "2026-11-10" },
      now: NOW,
    });
    const { version } = await current(a.id);
    const onDeadline = shanghaiLocalToInstant("2026-11-10T17:00");
    const afterDeadline = shanghaiLocalToInstant("2026-11-11T09:00");
    expect((await listQueue({ actor: w.bureau, key: "qualification", filter: { ...page1, tab: "supplement" }, now: onDeadline })).rows[0].overdue).toBe(false);
    await expect(
      reviewQualification({ actor: w.bureau, ip: IP, id: a.id, version, decision: { kind: "reject", opinion: "逾期未补正" }, now: onDeadline }),
    ).rejects.toThrow("补正期限届满前不能不通过");
    expect((await listQueue({ actor: w.bureau, key: "qualification", filter: { ...page1, tab: "supplement" }, now: afterDeadline })).rows[0].overdue).toBe(true);
    expect(await reviewQualification({ actor: w.bureau, ip: IP, id: a.id, version, decision: { kind: "reject", opinion: "逾期未补正" }, now: afterDeadline })).toBe(
      "REJECTED",
    );
    expect(await db.smsMessage.count({ where: { content: { contains: "资格性审查不通过，原因：逾期未补正" } } })).toBeGreaterThan(0);
  });

  it("不通过 needs a reason; two reviewers at once: one wins", async () => {
    const w = await reviewWorld({ underDept: false });
    const a = await publicized(w);
    await recommendDeclarations({ actor: w.handler, ip: IP, input: { note: "推荐", declarationIds: [a.id] }, files: statements() });
    const second = await handlerOf(w.bureauUnit.id);
    const { version } = await current(a.id);
    const results = await Promise.allSettled([
      reviewQualification({ actor: w.bureau, ip: IP, id: a.id, version, decision: { kind: "qualify" } }),
      reviewQualification({ actor: second, ip: IP, id: a.id, version, decision: { kind: "reject", opinion: "不符合申报条件" } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason.message).toMatch(/当前状态为/);
  });
});

describe("审核 view, files and 待办", () => {
  it("reviewers read the declaration's files only once it has reached them", async () => {
    const w = await reviewWorld();
    const a = await publicized(w);
    await expect(readDeclarationFile({ actor: w.dept, fileId: a.form.photoFileId })).rejects.toThrow("文件不存在或您无权查看");
    await recommendDeclarations({ actor: w.handler, ip: IP, input: { note: "推荐", declarationIds: [a.id] }, files: statements() });
    expect((await readDeclarationFile({ actor: w.dept, fileId: a.form.photoFileId })).mime).toBe("image/png");
    await expect(readDeclarationFile({ actor: w.bureau, fileId: a.form.photoFileId })).rejects.toThrow("文件不存在或您无权查看");
  });

  it("each reviewer's home counts what waits in each queue", async () => {
    const w = await reviewWorld();
    await recommended(w, "甲");
    await deptApproved(w, "乙");
    expect((await homeTodos(w.dept)).find((t) => t.href === "/title/review/dept")?.label).toBe("职称评审推荐审核 1 条待审核");
    expect((await homeTodos(w.bureau)).find((t) => t.href === "/title/review/qualification")?.label).toBe("资格性审查 1 条待审查");
    expect((await homeTodos(w.handler)).find((t) => t.href === "/title/review/verify")?.label).toBe("单位内部核验 0 条待审核");
  });
});
