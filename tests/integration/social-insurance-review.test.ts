import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getReviewDetail } from "@/lib/review/get-review-detail";
import { NOW, reviewWorld, submittedBy } from "./review-fixtures";

// 社保缴费核对 beside the declaration a reviewer reads: the declared 工作经历 (sample form: 测试单位 since 2012-07)
// against the seeded contribution records, through the adapter.

describe("社保缴费核对 in 审核", () => {
  it("shows nothing when the records agree, and each mismatch when they do not; the person's records only", async () => {
    const w = await reviewWorld();
    const agreeing = await submittedBy(w, "缴费一致");
    const gapped = await submittedBy(w, "缴费中断");
    await db.socialInsuranceRecord.createMany({
      data: [
        { idNumber: agreeing.user.idNumber, employerName: "测试单位", fromMonth: "2012-07", toMonth: "2026-11" },
        { idNumber: gapped.user.idNumber, employerName: "测试单位", fromMonth: "2012-07", toMonth: "2019-12" },
        { idNumber: gapped.user.idNumber, employerName: "测试单位", fromMonth: "2020-07", toMonth: "2026-11" },
      ],
    });
    expect((await getReviewDetail({ actor: w.handler, key: "verify", id: agreeing.id, now: NOW })).workHistory).toEqual([]);
    expect((await getReviewDetail({ actor: w.handler, key: "verify", id: gapped.id, now: NOW })).workHistory).toEqual(["2020-01至2020-06共6个月没有社保缴费记录"]);
    const unpaid = await submittedBy(w, "没有缴费");
    expect((await getReviewDetail({ actor: w.handler, key: "verify", id: unpaid.id, now: NOW })).workHistory).toEqual([
      "工作经历“测试单位”（2012-07至今）没有该单位的社保缴费记录",
      "2012-07至2026-11共173个月没有社保缴费记录",
    ]);
  });
});
