import type { DeclarationStatus } from "@/lib/db/generated/enums";
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

/** The states that wait for 资格性审查: reached through a competent department, or recommended straight to the bureau. */
export const AWAITING_QUALIFICATION: DeclarationStatus[] = ["DEPT_APPROVED", "RECOMMENDED"];

type Move = {
  label: string;
  /** How a refusal names the move: "该申报当前状态为「已申报」，不能再次申报". */
  refused: string;
  by: Mover;
  from: DeclarationStatus[];
  /** "back" returns to the state the declaration left when it was sent for supplement (given by the caller). */
  to: DeclarationStatus | "same" | "back";
  opinionRequired?: boolean;
};

export const MOVES: Record<DeclarationAction, Move> = {
  save: { label: "保存", refused: "修改", by: "applicant", from: ["DRAFT", "RETURNED", "NEEDS_SUPPLEMENT"], to: "same" },
  submit: { label: "申报", refused: "再次申报", by: "applicant", from: ["DRAFT", "RETURNED"], to: "SUBMITTED" },
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
  resubmitSupplement: { label: "补充材料提交", refused: "提交补充材料", by: "applicant", from: ["NEEDS_SUPPLEMENT"], to: "back" },
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
