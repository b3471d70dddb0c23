import { describe, expect, it } from "vitest";
import { compareWorkHistory, describeMismatch, sameEmployer } from "@/lib/social-insurance/compare-work-history";

const asOfMonth = "2026-11";

describe("社保 work-history check", () => {
  it("finds nothing when every declared period has contributions from its employer without long gaps", () => {
    const work = [
      { start: "2015-07", end: "2019-12", employer: "贵州黔匠智造科技有限公司" },
      { start: "2020-01", end: "", employer: "贵州省建筑设计研究院" },
    ];
    const paid = [
      { employer: "贵州黔匠智造科技有限公司", from: "2015-07", to: "2019-12" },
      // Three months between employers is not yet a gap.
      { employer: "贵州省建筑设计研究院", from: "2020-04", to: "2026-11" },
    ];
    expect(compareWorkHistory(work, paid, { asOfMonth })).toEqual([]);
  });

  it("names a declared period its employer never paid for, and gaps of more than three months", () => {
    const work = [
      { start: "2015-07", end: "2019-12", employer: "贵州黔匠智造科技有限公司" },
      { start: "2020-01", end: "", employer: "遵义黔北电子有限公司" },
    ];
    const paid = [
      { employer: "贵州黔匠智造科技有限公司", from: "2015-07", to: "2018-12" },
      { employer: "贵阳数谷信息技术有限公司", from: "2019-05", to: "2026-06" },
    ];
    const found = compareWorkHistory(work, paid, { asOfMonth });
    expect(found).toEqual([
      { kind: "NO_CONTRIBUTIONS", employer: "遵义黔北电子有限公司", start: "2020-01", end: "" },
      { kind: "GAP", from: "2019-01", to: "2019-04", months: 4 },
      { kind: "GAP", from: "2026-07", to: "2026-11", months: 5 },
    ]);
    expect(found.map(describeMismatch)).toEqual([
      "工作经历“遵义黔北电子有限公司”（2020-01至今）没有该单位的社保缴费记录",
      "2019-01至2019-04共4个月没有社保缴费记录",
      "2026-07至2026-11共5个月没有社保缴费记录",
    ]);
  });

  it("counts a gap before the first contribution and with no records at all; four-month gap fails, three passes", () => {
    const work = [{ start: "2020-01", end: "2020-12", employer: "甲公司" }];
    expect(compareWorkHistory(work, [], { asOfMonth: "2020-12" })).toEqual([
      { kind: "NO_CONTRIBUTIONS", employer: "甲公司", start: "2020-01", end: "2020-12" },
      { kind: "GAP", from: "2020-01", to: "2020-12", months: 12 },
    ]);
    expect(compareWorkHistory(work, [{ employer: "甲公司", from: "2020-04", to: "2020-12" }], { asOfMonth: "2020-12" })).toEqual([]);
    expect(compareWorkHistory(work, [{ employer: "甲公司", from: "2020-05", to: "2020-12" }], { asOfMonth: "2020-12" })).toEqual([
      { kind: "GAP", from: "2020-01", to: "2020-04", months: 4 },
    ]);
  });

  it("matches employer names across full-width brackets and spaces", () => {
    expect(sameEmployer("贵州（遵义）电子 有限公司", "贵州(遵义)电子有限公司")).toBe(true);
    expect(sameEmployer("贵州遵义电子有限公司", "贵州贵阳电子有限公司")).toBe(false);
  });
});
