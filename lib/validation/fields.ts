import { z } from "zod";
import { passwordProblem, PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";
import { idNumberProblem } from "./id-number";
import { mobileProblem } from "./mobile";
import { personNameProblem } from "./names";
import { plainDateProblem, plainDateTimeProblem, yearMonthProblem } from "./dates";
import { usccProblem } from "./uscc";

// The pieces every form schema is built from, so every form states a problem in the same words and no action can
// forget a rule: every text, date and list field of lib/**/schemas.ts starts from one of these (a unit test scans the
// sources for raw zod strings, dates and arrays elsewhere).

export function checkedBy(problemOf: (value: string) => string | null) {
  return (value: string, ctx: z.RefinementCtx) => {
    const problem = problemOf(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  };
}

// Control characters (NUL, escape codes …) belong in no form field, and PostgreSQL cannot store NUL at all. A lone
// UTF-16 surrogate ("\ud800") has no UTF-8 form: PostgreSQL refuses it in JSON and text alike. Both would fail the
// statement (an HTTP 500) where the user should be told; the refusal aborts, so no later rule sees such a value.
const CONTROL = /[\u0000-\u001f\u007f]/;
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
export const CONTROL_MESSAGE = "不能包含控制字符等不可见字符";
export const LONE_SURROGATE_MESSAGE = "含有无法识别的字符（不完整的字符编码），请删除后重新输入";

const storable = (control: RegExp, params?: Parameters<typeof z.string>[0]) =>
  z
    .string(params)
    .refine((v) => !control.test(v), { message: CONTROL_MESSAGE, abort: true })
    .refine((v) => !LONE_SURROGATE.test(v), { message: LONE_SURROGATE_MESSAGE, abort: true });

/** `params` as z.string's, e.g. the message when the value is missing or not text at all. */
export const textField = (params?: Parameters<typeof z.string>[0]) => storable(CONTROL, params);
export const multilineTextField = (params?: Parameters<typeof z.string>[0]) => storable(CONTROL_BUT_LINE_BREAKS, params);
export const recordIdField = textField().min(1).max(40);

/** The version of a record as the page showed it; bounded to PostgreSQL's integer so a hostile value is a refusal, not a 500. */
export const recordVersionField = z.number().int().min(0).max(2_147_483_647);

export const idNumberField = textField().trim().max(18, "身份证号应为18位").superRefine(checkedBy(idNumberProblem)).transform((v) => v.toUpperCase());
export const usccField = textField().trim().superRefine(checkedBy(usccProblem)).transform((v) => v.toUpperCase());
export const mobileField = textField().trim().superRefine(checkedBy(mobileProblem));
/** The one rule for a person's name, wherever it is typed or imported. */
export const personNameField = textField().trim().min(1, "请输入姓名").max(30, "姓名不能超过30个字").superRefine(checkedBy(personNameProblem));
/** A name asked only when it is needed (邀请专家 of a person without an account yet): empty, or a person's name. */
export const optionalPersonNameField = textField()
  .trim()
  .max(30, "姓名不能超过30个字")
  .superRefine(checkedBy((v) => (v ? personNameProblem(v) : null)));
export const newPasswordField = textField().max(PASSWORD_MAX_LENGTH, `密码长度不能超过${PASSWORD_MAX_LENGTH}位`).superRefine(checkedBy(passwordProblem));
/** A password as typed to sign in or to confirm: only its presence and length are checked here. */
export const enteredPasswordField = (emptyMessage: string, tooLongMessage = `密码长度不能超过${PASSWORD_MAX_LENGTH}位`) =>
  textField().min(1, emptyMessage).max(PASSWORD_MAX_LENGTH, tooLongMessage);

/** A calendar day `YYYY-MM-DD` within the years the platform deals in (a year-0000 day is no date to reckon with). */
export const plainDateField = (message: string) => textField().superRefine(checkedBy((v) => plainDateProblem(v, message)));
/** A month `YYYY-MM`, as a month input gives it. */
export const yearMonthField = (message: string) => textField().superRefine(checkedBy((v) => yearMonthProblem(v, message)));
/** A `YYYY-MM-DDTHH:mm` as a datetime-local input gives it (Asia/Shanghai wall time). */
export const plainDateTimeField = (message: string) => textField().superRefine(checkedBy((v) => plainDateTimeProblem(v, message)));

/** A list a form sends (ticked boxes, table rows), bounded; a list too long is refused before any rule of the form reads it. */
export const listField = <T extends z.ZodType>(item: T, max: number, tooLongMessage: string) => z.array(item).max(max, { message: tooLongMessage, abort: true });
