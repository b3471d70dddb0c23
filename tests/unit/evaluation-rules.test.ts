import { describe, expect, it } from "vitest";
import {
  committeeSizeProblem,
  EVALUATION_RULES,
  expertTermProblem,
  filingMeetingRefusal,
  filingValidityProblem,
  groupSizeProblem,
  lastDayOfYears,
  passMarkOf,
  publicityDaysProblem,
  quorumOf,
  tallyVotes,
} from "@/lib/evaluation/rules";
import { drawCommittee } from "@/lib/evaluation/draw";

describe("评委会人数：单数，高级按系列不少于25人、按专业不少于11人，中级初级由省规定", () => {
  it.each([
    ["SENIOR", "SERIES", 23, "按系列组建的高级评委会不少于25人，当前为23人"],
    ["SENIOR", "SERIES", 24, "评委会人数须为单数，当前为24人"],
    ["SENIOR", "SERIES", 25, null],
    ["SENIOR", "SERIES", 26, "评委会人数须为单数，当前为26人"],
    ["SENIOR", "SERIES", 27, null],
    ["DEPUTY_SENIOR", "SERIES", 23, "按系列组建的高级评委会不少于25人，当前为23人"],
    ["DEPUTY_SENIOR", "SERIES", 25, null],
    ["DEPUTY_SENIOR", "SPECIALTY", 9, "按专业组建的高级评委会不少于11人，当前为9人"],
    ["DEPUTY_SENIOR", "SPECIALTY", 10, "评委会人数须为单数，当前为10人"],
    ["DEPUTY_SENIOR", "SPECIALTY", 11, null],
    ["SENIOR", "SPECIALTY", 12, "评委会人数须为单数，当前为12人"],
    ["SENIOR", "SPECIALTY", 13, null],
    ["INTERMEDIATE", "SERIES", 7, "中级评委会不少于9人，当前为7人"],
    ["INTERMEDIATE", "SPECIALTY", 8, "评委会人数须为单数，当前为8人"],
    ["INTERMEDIATE", "SPECIALTY", 9, null],
    ["JUNIOR", "SERIES", 5, "初级评委会不少于7人，当前为5人"],
    ["JUNIOR", "SERIES", 7, null],
  ] as const)("%s by %s with %i members → %s", (level, formedBy, members, expected) => {
    expect(committeeSizeProblem({ level, formedBy, members })).toBe(expected);
  });

  it("takes the province's own minimum for intermediate and junior committees", () => {
    const rules = { ...EVALUATION_RULES, minMembers: { INTERMEDIATE: 15, JUNIOR: 5 } };
    expect(committeeSizeProblem({ level: "INTERMEDIATE", formedBy: "SERIES", members: 13 }, rules)).toBe("中级评委会不少于15人，当前为13人");
    expect(committeeSizeProblem({ level: "INTERMEDIATE", formedBy: "SERIES", members: 15 }, rules)).toBeNull();
    expect(committeeSizeProblem({ level: "JUNIOR", formedBy: "SERIES", members: 5 }, rules)).toBeNull();
    expect(committeeSizeProblem({ level: "SENIOR", formedBy: "SPECIALTY", members: 9 }, rules)).toBe("按专业组建的高级评委会不少于11人，当前为9人");
  });

  it("refuses no members at all", () => {
    expect(committeeSizeProblem({ level: "JUNIOR", formedBy: "SERIES", members: 0 })).toBe("评委会人数须为正整数");
  });
});

describe("评议组不少于3名专家", () => {
  it.each([
    [2, "每个评议组不少于3名专家，当前为2名"],
    [3, null],
    [4, null],
  ])("%i experts → %s", (n, expected) => expect(groupSizeProblem(n)).toBe(expected));
});

describe("统票：到会不少于2/3方有效，同意票不少于到会2/3方通过", () => {
  // 25 members: quorum is 17 (3·17 = 51 ≥ 50), 16 is short (48 < 50).
  it.each([
    [25, 16, 16, "NO_QUORUM"],
    [25, 17, 12, "PASSED"],
    [25, 17, 11, "FAILED"],
    [25, 18, 12, "PASSED"],
    [25, 18, 11, "FAILED"],
    [25, 19, 13, "PASSED"],
    [25, 19, 12, "FAILED"],
    // 11 members: 8 makes a quorum (24 ≥ 22), 7 does not (21 < 22).
    [11, 7, 7, "NO_QUORUM"],
    [11, 8, 6, "PASSED"],
    [11, 8, 5, "FAILED"],
    [11, 9, 6, "PASSED"],
    [11, 9, 5, "FAILED"],
    [11, 11, 8, "PASSED"],
    [11, 11, 7, "FAILED"],
    // Exactly two thirds present counts (3·6 = 2·9), and exactly two thirds 同意 passes (3·4 = 2·6).
    [9, 6, 4, "PASSED"],
    [9, 6, 3, "FAILED"],
    [9, 5, 5, "NO_QUORUM"],
    [3, 0, 0, "NO_QUORUM"],
  ] as const)("%i members, %i attending, %i 同意 → %s", (members, attending, yes, expected) => {
    expect(tallyVotes({ members, attending, yes })).toBe(expected);
  });

  it("names the quorum and the pass mark at their bounds", () => {
    expect([quorumOf(25), quorumOf(11), quorumOf(9)]).toEqual([17, 8, 6]);
    expect([passMarkOf(17), passMarkOf(18), passMarkOf(8), passMarkOf(6)]).toEqual([12, 12, 6, 4]);
    for (const members of [7, 9, 11, 25, 27]) {
      const q = quorumOf(members);
      expect(tallyVotes({ members, attending: q - 1, yes: q - 1 })).toBe("NO_QUORUM");
      expect(tallyVotes({ members, attending: q, yes: passMarkOf(q) })).toBe("PASSED");
      expect(tallyVotes({ members, attending: q, yes: passMarkOf(q) - 1 })).toBe("FAILED");
    }
  });
});

describe("备案有效期、专家聘期不超过3年", () => {
  it("ends a span of three years on the day before the same date three years on", () => {
    expect(lastDayOfYears("2026-01-01", 3)).toBe("2028-12-31");
    expect(lastDayOfYears("2024-02-29", 3)).toBe("2027-02-28");
    expect(lastDayOfYears("2026-03-01", 3)).toBe("2029-02-28");
  });

  it.each([
    ["2028-12-30", null],
    ["2028-12-31", null],
    ["2029-01-01", "备案有效期不能超过3年（自2026-01-01起最晚至2028-12-31）"],
    ["2025-12-31", "备案有效期结束日期不能早于开始日期"],
    ["2026-01-01", null],
    ["2026-02-30", "备案有效期结束日期不正确"],
  ])("a filing from 2026-01-01 to %s → %s", (validTo, expected) => {
    expect(filingValidityProblem({ validFrom: "2026-01-01", validTo })).toBe(expected);
  });

  it.each([
    ["2029-06-29", null],
    ["2029-06-30", null],
    ["2029-07-01", "专家聘期不能超过3年（自2026-07-01起最晚至2029-06-30）"],
  ])("an expert's term from 2026-07-01 to %s → %s", (termEnd, expected) => {
    expect(expertTermProblem({ termStart: "2026-07-01", termEnd })).toBe(expected);
  });
});

describe("过期或未批准的备案不能组织评审", () => {
  const approved = { status: "APPROVED" as const, validFrom: "2026-01-01", validTo: "2028-12-31" };
  it.each([
    [approved, "2025-12-31", "该评审权备案自2026-01-01起生效，生效前不能组织评审"],
    [approved, "2026-01-01", null],
    [approved, "2028-12-31", null],
    [approved, "2029-01-01", "该评审权备案已于2028-12-31到期，不能组织评审"],
    [{ ...approved, status: "PENDING_DEPT" as const }, "2026-06-01", "该评审权备案尚未经省人社厅批准，不能组织评审"],
    [{ ...approved, status: "PENDING_PROVINCE" as const }, "2026-06-01", "该评审权备案尚未经省人社厅批准，不能组织评审"],
    [{ ...approved, status: "REJECTED" as const }, "2026-06-01", "该评审权备案未通过审核，不能组织评审"],
  ])("%o on %s → %s", (filing, today, expected) => expect(filingMeetingRefusal(filing, today)).toBe(expected));
});

describe("评审结果公示不少于5个工作日", () => {
  it.each([
    [4, "评审结果公示不少于5个工作日"],
    [5, null],
    [6, null],
  ])("%i working days → %s", (days, expected) => expect(publicityDaysProblem(days)).toBe(expected));
});

describe("评委会抽取：按记录的种子可复现", () => {
  const candidates = Array.from({ length: 30 }, (_, i) => `e${String(i).padStart(2, "0")}`);

  it("gives the same committee for the same seed and pool, in any order, and another for another seed", () => {
    const a = drawCommittee({ seed: "s1", candidates, size: 11, groups: 3 });
    expect(drawCommittee({ seed: "s1", candidates: [...candidates].reverse(), size: 11, groups: 3 })).toEqual(a);
    expect(drawCommittee({ seed: "s2", candidates, size: 11, groups: 3 }).members).not.toEqual(a.members);
  });

  it("draws distinct members from the pool, a chair among them and each group led by one of its own", () => {
    const d = drawCommittee({ seed: "x", candidates, size: 11, groups: 3 });
    expect(new Set(d.members).size).toBe(11);
    expect(d.members.every((m) => candidates.includes(m))).toBe(true);
    expect(d.members).toContain(d.chair);
    expect(d.groups.map((g) => g.members.length)).toEqual([4, 4, 3]);
    expect(d.groups.flatMap((g) => g.members).sort()).toEqual([...d.members].sort());
    for (const g of d.groups) {
      expect(g.members).toContain(g.leader);
      expect(g.leader).not.toBe(d.chair);
    }
  });

  it("spreads the draw over the whole pool", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) drawCommittee({ seed: `seed-${i}`, candidates, size: 11, groups: 3 }).members.forEach((m) => seen.add(m));
    expect(seen.size).toBe(30);
  });

  it("refuses more seats than candidates", () => {
    expect(() => drawCommittee({ seed: "x", candidates: candidates.slice(0, 5), size: 7, groups: 2 })).toThrow(RangeError);
  });
});
