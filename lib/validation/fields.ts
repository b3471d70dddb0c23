import { z } from "zod";
import { passwordProblem } from "@/lib/auth/password-policy";
import { idNumberProblem } from "./id-number";
import { mobileProblem } from "./mobile";
import { usccProblem } from "./uscc";

// Form fields checked by the plain rules of this folder, so every form states a problem in the same words.

function checkedBy(problemOf: (value: string) => string | null) {
  return (value: string, ctx: z.RefinementCtx) => {
    const problem = problemOf(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  };
}

export const idNumberField = z.string().trim().max(18, "身份证号应为18位").superRefine(checkedBy(idNumberProblem)).transform((v) => v.toUpperCase());
export const usccField = z.string().trim().superRefine(checkedBy(usccProblem)).transform((v) => v.toUpperCase());
export const mobileField = z.string().trim().superRefine(checkedBy(mobileProblem));
export const newPasswordField = z.string().superRefine(checkedBy(passwordProblem));
