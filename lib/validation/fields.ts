import { z } from "zod";
import { passwordProblem } from "@/lib/auth/password-policy";
import { idNumberProblem } from "./id-number";
import { mobileProblem } from "./mobile";
import { usccProblem } from "./uscc";

// Form fields checked by the plain rules of this folder, so every form states a problem in the same words.

export function checkedBy(problemOf: (value: string) => string | null) {
  return (value: string, ctx: z.RefinementCtx) => {
    const problem = problemOf(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  };
}

export const idNumberField = z.string().trim().max(18, "身份证号应为18位").superRefine(checkedBy(idNumberProblem)).transform((v) => v.toUpperCase());
export const usccField = z.string().trim().superRefine(checkedBy(usccProblem)).transform((v) => v.toUpperCase());
export const mobileField = z.string().trim().superRefine(checkedBy(mobileProblem));
export const newPasswordField = z.string().superRefine(checkedBy(passwordProblem));

// Control characters (NUL, escape codes …) belong in no form field, and PostgreSQL cannot store NUL at all (it would
// fail the statement). Every free-text field and record id starts from one of these.
const CONTROL = /[\u0000-\u001f\u007f]/;
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const CONTROL_MESSAGE = "不能包含控制字符等不可见字符";

export const textField = () => z.string().refine((v) => !CONTROL.test(v), { message: CONTROL_MESSAGE, abort: true });
export const multilineTextField = () => z.string().refine((v) => !CONTROL_BUT_LINE_BREAKS.test(v), { message: CONTROL_MESSAGE, abort: true });
export const recordIdField = textField().min(1).max(40);

/** The version of a record as the page showed it; bounded to PostgreSQL's integer so a hostile value is a refusal, not a 500. */
export const recordVersionField = z.number().int().min(0).max(2_147_483_647);
