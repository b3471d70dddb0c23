import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requirePerson } from "./auth/session";
import type { PersonActor } from "./auth/permissions";
import { AppError, type ActionState } from "./errors";
import { BUSY_MESSAGE, isDatabaseUnavailable } from "./db/unavailable";
import { clientIp } from "./request-ip";

// One shape for every server action: validate with the form's zod schema, run the business function, and turn
// expected refusals into messages (next to their field when they name one). Redirects pass through.
// The success message may depend on what was asked (通过 or 退回 through one action) and on what the business
// function answered (a filing passed by its department goes on to the province, one passed by the province is filed).

type SuccessMessage<S extends z.ZodType, R> = string | ((data: z.infer<S>, result: R) => string);

export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    out[key] ??= issue.message;
  }
  return out;
}

export async function runAction<S extends z.ZodType, R>(
  schema: S,
  input: unknown,
  fn: (data: z.infer<S>) => Promise<R>,
  successMessage?: SuccessMessage<S, R>,
): Promise<ActionState & { data?: R }> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, message: "请按提示修改后重新提交", fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const data = await fn(parsed.data);
    return { ok: true, message: typeof successMessage === "function" ? successMessage(parsed.data, data) : successMessage, data };
  } catch (error) {
    if (error instanceof AppError) {
      return { ok: false, message: error.message, fieldErrors: error.field ? { [error.field]: error.message } : undefined };
    }
    throw error;
  }
}

/** The shape of every signed-in person's action: session → validate → business function (which authorizes). */
export async function personAction<S extends z.ZodType, R>(
  schema: S,
  input: unknown,
  fn: (ctx: { actor: PersonActor; ip: string; data: z.infer<S> }) => Promise<R>,
  successMessage?: SuccessMessage<S, R>,
): Promise<ActionState & { data?: R }> {
  try {
    const actor = await requirePerson();
    const ip = await clientIp();
    return await runAction(schema, input, (data) => fn({ actor, ip, data }), successMessage);
  } catch (error) {
    // Every write is one statement or one transaction: when the database went away, nothing was half-done and the
    // same press can simply be made again.
    if (isDatabaseUnavailable(error)) return { ok: false, message: BUSY_MESSAGE };
    throw error;
  }
}

export function formDataObject(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  formData.forEach((value, key) => {
    if (typeof value === "string" && !key.startsWith("$ACTION")) out[key] = value;
  });
  return out;
}

/** A hand-made request can pass anything as a form action's argument; only the form's FormData is taken. */
export function isFormData(value: unknown): value is FormData {
  return value instanceof FormData;
}

export const NOT_FORM_DATA: ActionState & { data?: never } = { ok: false, message: "请求内容格式不正确" };

/** A module's actions refresh its pages after a successful write: `const done = refreshOnSuccess("/title/review")`. */
export function refreshOnSuccess(path: string, type: "page" | "layout" = "layout") {
  return <T extends { ok: boolean }>(res: T) => {
    if (res.ok) revalidatePath(path, type);
    return res;
  };
}
