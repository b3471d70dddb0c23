import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { requirePerson } from "./auth/session";
import type { PersonActor } from "./auth/permissions";
import { runChain, type SuccessMessage } from "./chain";
import type { ActionState } from "./errors";
import { clientIp } from "./request-ip";

// The server-action form of the request chain (lib/chain.ts): the form's input validated with its zod schema, the
// business function run, and every refusal returned to the form as an ActionState with its cause (next to its field
// when it names one). proxy.ts is the guard. A signed-out press is redirected to the login page, which the page
// follows (the action's form of a 401). The success message may depend on what was asked (通过 or 退回 through one
// action) and on what the business function answered.

const PUBLIC = async () => ({ caller: null });

/** An action anyone may call (登录, 注册) or one that finds its caller itself. */
export async function runAction<S extends z.ZodType, R>(
  schema: S,
  input: unknown,
  fn: (data: z.infer<S>) => Promise<R>,
  successMessage?: SuccessMessage<S, R>,
): Promise<ActionState & { data?: R }> {
  return runChain({ session: PUBLIC, input: () => ({ tooLarge: false, value: input }), schema, fn: (_, data) => fn(data), successMessage });
}

/** Every signed-in person's action: session → schema → business function (which authorizes and audits). */
export async function personAction<S extends z.ZodType, R>(
  schema: S,
  input: unknown,
  fn: (ctx: { actor: PersonActor; ip: string; data: z.infer<S> }) => Promise<R>,
  successMessage?: SuccessMessage<S, R>,
): Promise<ActionState & { data?: R }> {
  return runChain({
    session: async () => ({ caller: { actor: await requirePerson(), ip: await clientIp() } }),
    input: () => ({ tooLarge: false, value: input }),
    schema,
    fn: (caller, data) => fn({ ...caller, data }),
    successMessage,
  });
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

export const NOT_FORM_DATA: ActionState & { data?: never } = { ok: false, cause: "invalid", message: "请求内容格式不正确" };

/** A module's actions refresh its pages after a successful write: `const done = refreshOnSuccess("/title/review")`. */
export function refreshOnSuccess(path: string, type: "page" | "layout" = "layout") {
  return <T extends { ok: boolean }>(res: T) => {
    if (res.ok) revalidatePath(path, type);
    return res;
  };
}
