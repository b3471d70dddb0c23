import type { DeclarationStatus, UnitKind } from "@/lib/db/generated/enums";
import type { Permission } from "@/lib/auth/permissions";

// The declaration pipeline of design §3 as data: state × action → next state, and who may make the move.
// Pure, so every allowed and refused move is tested without a database; moveDeclaration authorizes the actor
// through MOVER_PERMISSIONS and puts the scope in the move's own WHERE.

export type Mover = "applicant" | "unitHandler" | "deptHandler" | "hrBureau" | "committee";

export type DeclarationAction =
  | "save"
  | "submit"
  | "verifyPass"
  | "verifyFail"
  | "publicize"
  | "completePublicity"
  | "recommend"
  | "deptApprove"
  | "deptReturn"
  | "qualify"
  | "requestSupplement"
  | "reject"
  | "resubmitSupplement"
  | "pass"
  | "fail";

/** The states with their labels, in the order a declaration goes through them (what `reachedBy` counts as forward). */
export const STATUS_LABELS: Record<DeclarationStatus, string> = {
  DRAFT: "未申报",
  SUBMITTED: "已申报",
  RETURNED: "单位核验不通过",
  UNIT_VERIFIED: "单位已核验",
  IN_PUBLICITY: "公示中",
  PUBLICIZED: "已公示",
  RECOMMENDED: "已推荐上报",
  DEPT_APPROVED: "主管部门审核通过",
  NEEDS_SUPPLEMENT: "待补充材料",
  QUALIFIED: "资格审查通过",
  REJECTED: "资格审查不通过",
  PASSED: "评审通过",
  FAILED: "评审未通过",
};

const ORDER = Object.keys(STATUS_LABELS) as DeclarationStatus[];

/** A new declaration's state. */
export const START: DeclarationStatus = "DRAFT";

/** The states 申报 is allowed from; the 申报 request names the one the applicant saw. */
export const SUBMITTABLE = ["DRAFT", "RETURNED"] as const satisfies readonly DeclarationStatus[];
export type Submittable = (typeof SUBMITTABLE)[number];
export const isSubmittable = (status: DeclarationStatus): status is Submittable => (SUBMITTABLE as readonly DeclarationStatus[]).includes(status);

/** The states that wait for 资格性审查: reached through a competent department, or recommended straight to the bureau. */
export const AWAITING_QUALIFICATION: DeclarationStatus[] = ["DEPT_APPROVED", "RECOMMENDED"];

type Move = {
  /** The move's name in the timeline and the audit log. */
  label: string;
  /** How a refusal names the move: "该申报当前状态为「已申报」，不能再次申报". */
  refused: string;
  by: Mover;
  from: readonly DeclarationStatus[];
  /** "back" returns to the state the declaration left when it was sent for supplement (given by the caller). */
  to: DeclarationStatus | "same" | "back";
  opinionRequired?: boolean;
  /** Leaves no timeline event (the audit log still records it). */
  quiet?: boolean;
  /** Freezes the form as it stands into a numbered version, named by the move's label. */
  freezes?: boolean;
};

export const MOVES: Record<DeclarationAction, Move> = {
  save: { label: "修改职称申报", refused: "修改", by: "applicant", from: ["DRAFT", "RETURNED", "NEEDS_SUPPLEMENT"], to: "same", quiet: true },
  submit: { label: "申报", refused: "再次申报", by: "applicant", from: SUBMITTABLE, to: "SUBMITTED", freezes: true },
  verifyPass: { label: "核验通过", refused: "核验", by: "unitHandler", from: ["SUBMITTED"], to: "UNIT_VERIFIED" },
  verifyFail: { label: "核验不通过", refused: "核验", by: "unitHandler", from: ["SUBMITTED"], to: "RETURNED", opinionRequired: true },
  publicize: { label: "列入公示", refused: "列入公示", by: "unitHandler", from: ["UNIT_VERIFIED"], to: "IN_PUBLICITY" },
  completePublicity: { label: "完成公示", refused: "完成公示", by: "unitHandler", from: ["IN_PUBLICITY"], to: "PUBLICIZED" },
  recommend: { label: "推荐上报", refused: "推荐上报", by: "unitHandler", from: ["PUBLICIZED"], to: "RECOMMENDED" },
  deptApprove: { label: "推荐审核通过", refused: "审核", by: "deptHandler", from: ["RECOMMENDED"], to: "DEPT_APPROVED" },
  deptReturn: { label: "推荐审核退回", refused: "退回", by: "deptHandler", from: ["RECOMMENDED"], to: "PUBLICIZED", opinionRequired: true },
  qualify: { label: "资格性审查通过", refused: "资格性审查", by: "hrBureau", from: AWAITING_QUALIFICATION, to: "QUALIFIED" },
  requestSupplement: {
    label: "退回补充材料",
    refused: "退回补充材料",
    by: "hrBureau",
    from: AWAITING_QUALIFICATION,
    to: "NEEDS_SUPPLEMENT",
    opinionRequired: true,
  },
  // A declaration left unsupplemented past its 补正期限 may be refused too (decide checks the deadline).
  reject: {
    label: "资格性审查不通过",
    refused: "资格性审查",
    by: "hrBureau",
    from: [...AWAITING_QUALIFICATION, "NEEDS_SUPPLEMENT"],
    to: "REJECTED",
    opinionRequired: true,
  },
  resubmitSupplement: { label: "补充材料提交", refused: "提交补充材料", by: "applicant", from: ["NEEDS_SUPPLEMENT"], to: "back", freezes: true },
  pass: { label: "评审通过", refused: "评审", by: "committee", from: ["QUALIFIED"], to: "PASSED" },
  fail: { label: "评审未通过", refused: "评审", by: "committee", from: ["QUALIFIED"], to: "FAILED" },
};

/**
 * The permission each mover acts through (lib/auth/permissions.ts). The applicant needs none: a move of theirs is
 * limited to their own declaration.
 */
export const MOVER_PERMISSIONS: Record<Exclude<Mover, "applicant">, Partial<Record<DeclarationAction, Permission>>> = {
  unitHandler: { verifyPass: "declaration.verify", verifyFail: "declaration.verify", publicize: "publicity.manage", completePublicity: "publicity.manage", recommend: "recommendation.submit" },
  deptHandler: { deptApprove: "recommendation.review", deptReturn: "recommendation.review" },
  hrBureau: { qualify: "qualification.review", requestSupplement: "qualification.review", reject: "qualification.review" },
  committee: { pass: "evaluation.tally", fail: "evaluation.tally" },
};

const MOVER_LABELS: Record<Mover, string> = {
  applicant: "申报人本人",
  unitHandler: "用人单位经办员",
  deptHandler: "主管部门经办员",
  hrBureau: "人社部门经办员",
  committee: "评审委员会",
};

export type Decision = { ok: true; to: DeclarationStatus } | { ok: false; reason: string };

/**
 * Whether `by` may apply `action` to a declaration in `status`.
 * `context.returnTo` is the state a NEEDS_SUPPLEMENT declaration left (required for resubmitSupplement);
 * `context.supplementOverdue` says its 补正期限 has passed.
 */
export function decide(
  status: DeclarationStatus,
  action: DeclarationAction,
  by: Mover,
  context: { opinion?: string | null; returnTo?: DeclarationStatus | null; supplementOverdue?: boolean } = {},
): Decision {
  const move = MOVES[action];
  if (move.by !== by) return { ok: false, reason: `只有${MOVER_LABELS[move.by]}可以${move.label}` };
  if (!move.from.includes(status)) return { ok: false, reason: `该申报当前状态为「${STATUS_LABELS[status]}」，不能${move.refused}` };
  if (action === "reject" && status === "NEEDS_SUPPLEMENT" && !context.supplementOverdue) {
    return { ok: false, reason: `该申报当前状态为「${STATUS_LABELS[status]}」，补正期限届满前不能不通过` };
  }
  if (move.opinionRequired && !context.opinion?.trim()) return { ok: false, reason: `${move.label}须填写意见` };
  if (move.to === "same") return { ok: true, to: status };
  if (move.to === "back") {
    if (!context.returnTo || !AWAITING_QUALIFICATION.includes(context.returnTo)) {
      return { ok: false, reason: "无法确定补充材料后应回到的审查环节" };
    }
    return { ok: true, to: context.returnTo };
  }
  return { ok: true, to: move.to };
}

/** Only the applicant edits, and only in these states. */
export function isEditable(status: DeclarationStatus) {
  return MOVES.save.from.includes(status);
}

/** Whether `action` may be applied to a declaration in `status` (by its mover, other conditions aside). */
export function canMove(action: DeclarationAction, status: DeclarationStatus) {
  return MOVES[action].from.includes(status);
}

/** The states `by` can move a declaration out of: the states that are open work for that mover. */
export function movableBy(by: Mover): DeclarationStatus[] {
  return ORDER.filter((s) => Object.values(MOVES).some((m) => m.by === by && m.from.includes(s)));
}

/** The states `action` can leave a declaration in. */
export function landsIn(action: DeclarationAction): DeclarationStatus[] {
  const { from, to } = MOVES[action];
  if (to === "same") return [...from];
  if (to === "back") return AWAITING_QUALIFICATION;
  return [to];
}

/** The states a declaration can be in once `action` moved it: where it lands and all that follows, returns (moves to an earlier state) aside. */
export function reachedBy(action: DeclarationAction): DeclarationStatus[] {
  const reached = new Set(landsIn(action));
  for (const state of ORDER) {
    if (!reached.has(state)) continue;
    for (const move of Object.values(MOVES)) {
      if (move.from.includes(state) && typeof move.to === "string" && ORDER.indexOf(move.to as DeclarationStatus) > ORDER.indexOf(state)) {
        reached.add(move.to as DeclarationStatus);
      }
    }
  }
  return ORDER.filter((s) => reached.has(s));
}

/** States once the unit has recommended a declaration: the bureau's part of the pipeline and after. */
export const REACHED_BUREAU = reachedBy("recommend");

/** States no move leaves: the declaration is finished. */
export const FINAL = ORDER.filter((s) => !Object.values(MOVES).some((m) => m.from.includes(s)));

/** States in which a declaration is not (or no longer) under way: not yet submitted, or finished. */
export const NOT_IN_PROGRESS: DeclarationStatus[] = [START, ...FINAL];

/** States the applicant is shown as a setback: where the refusing moves land. */
export const SETBACKS = (["verifyFail", "requestSupplement", "reject", "fail"] as const).flatMap(landsIn);

/** 逾期未补正: waiting for the applicant's supplement past its 补正期限 (`today` as yyyy-MM-dd, Shanghai). */
export function isSupplementOverdue(d: { status: DeclarationStatus; supplementDeadline: string | null }, today: string) {
  return canMove("resubmitSupplement", d.status) && !!d.supplementDeadline && d.supplementDeadline < today;
}

/** What an actor is told when another page or person moved the declaration first (`action`: the move they tried). */
export function lostRace(current: DeclarationStatus, action?: DeclarationAction) {
  if (action === "save") return `该申报已在其他页面修改或申报（当前状态为「${STATUS_LABELS[current]}」），请刷新后再编辑`;
  return `该申报已被他人处理（当前状态为「${STATUS_LABELS[current]}」），请刷新后重试`;
}

export type StageInput = {
  status: DeclarationStatus;
  unitName: string;
  holderName: string | null;
  holderKind: UnitKind | null;
  supplementDeadline: string | null;
};

// 跟踪 names the stage a declaration is at and who holds it, in the manual's words.
const STAGES: Record<DeclarationStatus, (d: StageInput, holder: string) => { stage: string; holder: string }> = {
  DRAFT: () => ({ stage: "未申报", holder: "申报人" }),
  SUBMITTED: (d) => ({ stage: "单位内部核验", holder: d.unitName }),
  RETURNED: () => ({ stage: "单位核验不通过，待申报人修改后重新申报", holder: "申报人" }),
  UNIT_VERIFIED: (d) => ({ stage: "待申报公示", holder: d.unitName }),
  IN_PUBLICITY: (d) => ({ stage: "申报公示中", holder: d.unitName }),
  PUBLICIZED: (d) => ({ stage: "待单位推荐上报", holder: d.unitName }),
  RECOMMENDED: (d, holder) => ({ stage: d.holderKind === "COMPETENT_DEPT" ? "职称评审推荐审核" : "资格性审查", holder }),
  DEPT_APPROVED: (_, holder) => ({ stage: "资格性审查", holder }),
  NEEDS_SUPPLEMENT: (d) => ({ stage: `待申报人补充申报材料${d.supplementDeadline ? `（补正期限：${d.supplementDeadline}）` : ""}`, holder: "申报人" }),
  QUALIFIED: (_, holder) => ({ stage: "资格性审查通过，待评审委员会评审", holder }),
  REJECTED: (_, holder) => ({ stage: "资格性审查不通过，已办结", holder }),
  PASSED: (_, holder) => ({ stage: "评审通过", holder }),
  FAILED: (_, holder) => ({ stage: "评审未通过", holder }),
};

export function currentStage(d: StageInput): { stage: string; holder: string } {
  return STAGES[d.status](d, d.holderName ?? d.unitName);
}
