import { describe, expect, it } from "vitest";
import { changedSections, supplementRefusal } from "@/lib/declarations/supplement-sections";
import { currentStage } from "@/lib/declarations/state-machine";
import type { DeclarationForm } from "@/lib/declarations/schemas";
import { publicityStartProblem } from "@/lib/publicity-period";
import { sampleForm } from "@/prisma/seed/sample-form";

const form = sampleForm("r", "p1");

describe("补充申报材料：只能修改被要求补充的部分", () => {
  it("names the parts that changed, an attachment counting for its part", () => {
    expect(changedSections(form, { ...form, exam: { ...form.exam, publicHours: "40" } })).toEqual(["exam"]);
    expect(changedSections(form, { ...form, attachments: { work: [{ fileId: "f", name: "证明.pdf" }] } })).toEqual(["work"]);
    expect(changedSections(form, { ...form, photoFileId: "p2" })).toEqual(["photo"]);
    const reordered = Object.fromEntries(Object.entries(form.basic).reverse()) as DeclarationForm["basic"];
    expect(changedSections(form, { ...form, basic: reordered })).toEqual([]);
  });

  it("refuses a change outside the named parts, naming it", () => {
    const both = { ...form, exam: { ...form.exam, publicHours: "40" }, work: [] };
    expect(supplementRefusal(["exam"], form, both)).toBe("只能修改要求补充的部分，「工作经历」未被要求补充，不能修改");
    expect(supplementRefusal(["exam", "work"], form, both)).toBeNull();
  });
});

describe("跟踪：当前环节与办理单位", () => {
  const base = { unitName: "某企业", holderName: null, holderKind: null, supplementDeadline: null };
  it.each([
    ["SUBMITTED", {}, "单位内部核验", "某企业"],
    ["RECOMMENDED", { holderName: "某厅", holderKind: "COMPETENT_DEPT" }, "职称评审推荐审核", "某厅"],
    ["RECOMMENDED", { holderName: "某局", holderKind: "HR_BUREAU" }, "资格性审查", "某局"],
    ["NEEDS_SUPPLEMENT", { holderName: "某局", holderKind: "HR_BUREAU", supplementDeadline: "2026-12-01" }, "待申报人补充申报材料（补正期限：2026-12-01）", "申报人"],
    ["RETURNED", {}, "单位核验不通过，待申报人修改后重新申报", "申报人"],
  ] as const)("%s %o → %s（%s）", (status, extra, stage, holder) => {
    expect(currentStage({ ...base, ...extra, status })).toEqual({ stage, holder });
  });
});

describe("公示起始日期：不能倒签", () => {
  const at = (iso: string) => new Date(iso);
  it("today in Asia/Shanghai is the earliest start, whatever the server's zone", () => {
    // 2026-11-07T16:30Z is 00:30 on the 8th in Shanghai.
    expect(publicityStartProblem("2026-11-07", { now: at("2026-11-07T16:30:00Z") })).toBe("公示起始日期不能早于今天（2026-11-08）");
    expect(publicityStartProblem("2026-11-08", { now: at("2026-11-07T16:30:00Z") })).toBeUndefined();
    expect(publicityStartProblem("2027-01-04", { now: at("2026-11-07T16:30:00Z") })).toBeUndefined();
  });

  it("a 评审结果公示 starts no earlier than its 统票 day", () => {
    const talliedAt = at("2026-11-10T02:00:00Z");
    expect(publicityStartProblem("2026-11-09", { now: at("2026-11-09T01:00:00Z"), talliedAt })).toBe("公示起始日期不能早于统票日（2026-11-10）");
    expect(publicityStartProblem("2026-11-10", { now: at("2026-11-10T03:00:00Z"), talliedAt })).toBeUndefined();
  });
});
