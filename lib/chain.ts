import "server-only";
import type { z } from "zod";
import { invalidInput, refusal, refusalOf, type Refusal } from "./refusal";

// The one chain every request that acts goes through, server action or route handler: guard → session →
// permission → schema → function → audit. The guard is the request's first look (proxy.ts for what it sees, the
// route itself for what it does not) and reads the input no further than its limit; the session names the actor, or
// refuses (signed out); the permission, when the entry point has one, is checked before the input is interpreted;
// the schema validates the input; the business function
// authorizes by scope in its WHERE and writes its audit record in its own transaction. Whatever step refuses, the
// refusal is the same for the same cause (lib/refusal.ts). lib/action.ts and lib/http/route.ts are its two forms.

export type SuccessMessage<S extends z.ZodType, R> = string | ((data: z.infer<S>, result: R) => string);

export type Outcome<R> = { ok: true; message?: string; data: R } | Refusal;

export const NO_PERMISSION_MESSAGE = "您没有权限执行此操作";

type Input = { tooLarge: true; message?: string } | { tooLarge: false; value: unknown };

export type ChainSteps<S extends z.ZodType, C, R> = {
  /** Who acts (with where from), or the refusal: signed out, or not the kind of account the entry point serves. */
  session: () => Promise<{ caller: C } | { refused: Refusal }>;
  /** Whether the caller may use this entry point at all (scope is the business function's). */
  permission?: (caller: C) => boolean;
  forbiddenMessage?: string;
  /** The request's input, read no further than its limit (a body past it is refused). */
  input: () => Promise<Input> | Input;
  schema: S;
  fn: (caller: C, data: z.infer<S>) => Promise<R>;
  successMessage?: SuccessMessage<S, R>;
};

export async function runChain<S extends z.ZodType, C, R>(steps: ChainSteps<S, C, R>): Promise<Outcome<R>> {
  try {
    // The body is read (no further than its limit) before anything is answered: a refusal sent over an unread body
    // makes the server drop the connection, and the client sees a reset instead of the answer.
    const input = await steps.input();
    if (input.tooLarge) return refusal("tooLarge", input.message ?? "提交的内容过长");
    const session = await steps.session();
    if ("refused" in session) return session.refused;
    const { caller } = session;
    if (steps.permission && !steps.permission(caller)) return refusal("forbidden", steps.forbiddenMessage ?? NO_PERMISSION_MESSAGE);
    const parsed = steps.schema.safeParse(input.value);
    if (!parsed.success) return invalidInput(parsed.error);
    const data = await steps.fn(caller, parsed.data);
    const message = typeof steps.successMessage === "function" ? steps.successMessage(parsed.data, data) : steps.successMessage;
    return { ok: true, message, data };
  } catch (error) {
    // Redirects (an action's signed-out press) and faults pass through.
    const refused = refusalOf(error);
    if (refused) return refused;
    throw error;
  }
}
