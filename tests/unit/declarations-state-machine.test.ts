import { describe, expect, it } from "vitest";
import {
  decide,
  FINAL,
  isEditable,
  isSubmittable,
  isSupplementOverdue,
  landsIn,
  lostRace,
  movableBy,
  MOVES,
  NOT_IN_PROGRESS,
  REACHED_BUREAU,
  reachedBy,
  SETBACKS,
  STATUS_LABELS,
  type DeclarationAction,
  type Mover,
} from "@/lib/declarations/state-machine";
import type { DeclarationStatus } from "@/lib/db/generated/enums";

const STATES = Object.keys(STATUS_LABELS) as DeclarationStatus[];
const MOVERS: Mover[] = ["applicant", "unitHandler", "deptHandler", "hrBureau", "committee"];

/** The expected table, written out independently of MOVES: [state, action, mover, next]. */
const ALLOWED: [DeclarationStatus, DeclarationAction, Mover, DeclarationStatus][] = [
  ["DRAFT", "save", "applicant", "DRAFT"],
  ["RETURNED", "save", "applicant", "RETURNED"],
  ["NEEDS_SUPPLEMENT", "save", "applicant", "NEEDS_SUPPLEMENT"],
  ["DRAFT", "submit", "applicant", "SUBMITTED"],
  ["RETURNED", "submit", "applicant", "SUBMITTED"],
  ["SUBMITTED", "verifyPass", "unitHandler", "UNIT_VERIFIED"],
  ["SUBMITTED", "verifyFail", "unitHandler", "RETURNED"],
  ["UNIT_VERIFIED", "publicize", "unitHandler", "IN_PUBLICITY"],
  ["IN_PUBLICITY", "completePublicity", "unitHandler", "PUBLICIZED"],
  ["PUBLICIZED", "recommend", "unitHandler", "RECOMMENDED"],
  ["RECOMMENDED", "deptApprove", "deptHandler", "DEPT_APPROVED"],
  ["RECOMMENDED", "deptReturn", "deptHandler", "PUBLICIZED"],
  ["DEPT_APPROVED", "qualify", "hrBureau", "QUALIFIED"],
  ["RECOMMENDED", "qualify", "hrBureau", "QUALIFIED"],
  ["DEPT_APPROVED", "requestSupplement", "hrBureau", "NEEDS_SUPPLEMENT"],
  ["RECOMMENDED", "requestSupplement", "hrBureau", "NEEDS_SUPPLEMENT"],
  ["DEPT_APPROVED", "reject", "hrBureau", "REJECTED"],
  ["RECOMMENDED", "reject", "hrBureau", "REJECTED"],
  ["NEEDS_SUPPLEMENT", "resubmitSupplement", "applicant", "DEPT_APPROVED"],
  ["QUALIFIED", "pass", "committee", "PASSED"],
  ["QUALIFIED", "fail", "committee", "FAILED"],
];

const ctx = { opinion: "意见", returnTo: "DEPT_APPROVED" as DeclarationStatus };

describe("申报状态机", () => {
  it.each(ALLOWED)("%s --%s (%s)--> %s", (state, action, mover, next) => {
    expect(decide(state, action, mover, ctx)).toEqual({ ok: true, to: next });
  });

  it("refuses every other state × action × mover, naming the current state when the mover is right", () => {
    let refused = 0;
    for (const state of STATES) {
      for (const action of Object.keys(MOVES) as DeclarationAction[]) {
        for (const mover of MOVERS) {
          if (ALLOWED.some(([s, a, m]) => s === state && a === action && m === mover)) continue;
          const d = decide(state, action, mover, ctx);
          expect(d.ok, `${state} ${action} ${mover}`).toBe(false);
          if (!d.ok && mover === MOVES[action].by) expect(d.reason).toContain(`「${STATUS_LABELS[state]}」`);
          refused++;
        }
      }
    }
    expect(refused).toBe(STATES.length * Object.keys(MOVES).length * MOVERS.length - ALLOWED.length);
  });

  it("a second 申报 is refused with the current state named", () => {
    expect(decide("SUBMITTED", "submit", "applicant")).toEqual({ ok: false, reason: "该申报当前状态为「已申报」，不能再次申报" });
  });

  it("a reviewer cannot 申报 for the applicant", () => {
    expect(decide("DRAFT", "submit", "unitHandler")).toEqual({ ok: false, reason: "只有申报人本人可以申报" });
  });

  it.each(["verifyFail", "deptReturn", "requestSupplement", "reject"] as const)("%s needs an opinion", (action) => {
    const from = MOVES[action].from[0];
    expect(decide(from, action, MOVES[action].by, { opinion: "  " }).ok).toBe(false);
    expect(decide(from, action, MOVES[action].by, { opinion: "缺少学历证书" }).ok).toBe(true);
  });

  it("a declaration under supplement is refused only once its 补正期限 has passed", () => {
    expect(decide("NEEDS_SUPPLEMENT", "reject", "hrBureau", { opinion: "逾期未补正" })).toEqual({
      ok: false,
      reason: "该申报当前状态为「待补充材料」，补正期限届满前不能不通过",
    });
    expect(decide("NEEDS_SUPPLEMENT", "reject", "hrBureau", { opinion: "逾期未补正", supplementOverdue: true })).toEqual({ ok: true, to: "REJECTED" });
  });

  it("补充材料提交 returns to the review state it came from, and nowhere else", () => {
    expect(decide("NEEDS_SUPPLEMENT", "resubmitSupplement", "applicant", { returnTo: "RECOMMENDED" })).toEqual({ ok: true, to: "RECOMMENDED" });
    expect(decide("NEEDS_SUPPLEMENT", "resubmitSupplement", "applicant", {}).ok).toBe(false);
    expect(decide("NEEDS_SUPPLEMENT", "resubmitSupplement", "applicant", { returnTo: "QUALIFIED" }).ok).toBe(false);
  });

  it("editable only in DRAFT, RETURNED and NEEDS_SUPPLEMENT", () => {
    expect(STATES.filter(isEditable).sort()).toEqual(["DRAFT", "NEEDS_SUPPLEMENT", "RETURNED"]);
  });
});

// The lists every other module derives, written out here by hand.
describe("state lists derived from the moves", () => {
  it("申报 from DRAFT and RETURNED only", () => {
    expect(STATES.filter(isSubmittable).sort()).toEqual(["DRAFT", "RETURNED"]);
  });

  it("what a move reaches, returns aside", () => {
    expect(reachedBy("verifyPass")).toEqual(["UNIT_VERIFIED", "IN_PUBLICITY", "PUBLICIZED", "RECOMMENDED", "DEPT_APPROVED", "NEEDS_SUPPLEMENT", "QUALIFIED", "REJECTED", "PASSED", "FAILED"]);
    expect(REACHED_BUREAU).toEqual(["RECOMMENDED", "DEPT_APPROVED", "NEEDS_SUPPLEMENT", "QUALIFIED", "REJECTED", "PASSED", "FAILED"]);
    expect(reachedBy("deptApprove")).toEqual(["DEPT_APPROVED", "NEEDS_SUPPLEMENT", "QUALIFIED", "REJECTED", "PASSED", "FAILED"]);
    expect(reachedBy("qualify")).toEqual(["QUALIFIED", "PASSED", "FAILED"]);
    expect(landsIn("verifyFail")).toEqual(["RETURNED"]);
    expect(landsIn("resubmitSupplement").sort()).toEqual(["DEPT_APPROVED", "RECOMMENDED"]);
  });

  it("finished, not in progress, setbacks and the bureau's open work", () => {
    expect(FINAL).toEqual(["REJECTED", "PASSED", "FAILED"]);
    expect([...NOT_IN_PROGRESS].sort()).toEqual(["DRAFT", "FAILED", "PASSED", "REJECTED"]);
    expect([...SETBACKS].sort()).toEqual(["FAILED", "NEEDS_SUPPLEMENT", "REJECTED", "RETURNED"]);
    expect(movableBy("hrBureau")).toEqual(["RECOMMENDED", "DEPT_APPROVED", "NEEDS_SUPPLEMENT"]);
  });

  it("逾期未补正: waiting for a supplement after its deadline day, not on it", () => {
    expect(isSupplementOverdue({ status: "NEEDS_SUPPLEMENT", supplementDeadline: "2026-03-01" }, "2026-03-02")).toBe(true);
    expect(isSupplementOverdue({ status: "NEEDS_SUPPLEMENT", supplementDeadline: "2026-03-01" }, "2026-03-01")).toBe(false);
    expect(isSupplementOverdue({ status: "NEEDS_SUPPLEMENT", supplementDeadline: null }, "2026-03-02")).toBe(false);
    expect(isSupplementOverdue({ status: "DEPT_APPROVED", supplementDeadline: "2026-03-01" }, "2026-03-02")).toBe(false);
  });

  it("a lost race names the current state; 保存 asks to reload before editing", () => {
    expect(lostRace("SUBMITTED", "save")).toBe("该申报已在其他页面修改或申报（当前状态为「已申报」），请刷新后再编辑");
    expect(lostRace("RETURNED", "verifyPass")).toBe("该申报已被他人处理（当前状态为「单位核验不通过」），请刷新后重试");
  });
});
