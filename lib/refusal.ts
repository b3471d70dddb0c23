import { z } from "zod";
import { RETRY_AFTER_SECONDS } from "./database-outage";
import { BUSY_MESSAGE, isDatabaseUnavailable } from "./db/unavailable";
import { AppError, RateLimited, type ActionState, type ErrorCode, type RefusalCause } from "./errors";

// A refusal has one HTTP status and one shape per cause, whichever way the request came (server action, route
// handler, the request guard): `{ ok: false, message, cause, fieldErrors?, redirectTo?, retryAfterSeconds? }`. An
// action returns it to its form; a route answers it as JSON with the cause's status (and Retry-After when it says
// when to try again).

export const REFUSAL_STATUS: Record<RefusalCause, number> = {
  invalid: 400,
  signedOut: 401,
  forbidden: 403,
  notFound: 404,
  methodNotAllowed: 405,
  conflict: 409,
  tooLarge: 413,
  rateLimited: 429,
  unavailable: 503,
};

export const SIGNED_OUT_MESSAGE = "登录已失效，请重新登录";
export const PASSWORD_DUE_MESSAGE = "首次登录须先修改初始密码";
export const INVALID_MESSAGE = "请按提示修改后重新提交";

const CAUSE_OF_CODE: Record<ErrorCode, RefusalCause> = {
  UNAUTHENTICATED: "signedOut",
  FORBIDDEN: "forbidden",
  NOT_FOUND: "notFound",
  INVALID: "invalid",
  CONFLICT: "conflict",
  LOCKED: "rateLimited",
};

export type Refusal = ActionState & { ok: false; cause: RefusalCause };

type Extras = Pick<ActionState, "fieldErrors" | "redirectTo" | "retryAfterSeconds">;

export function refusal(cause: RefusalCause, message: string, extras: Extras = {}): Refusal {
  const present = Object.entries(extras).filter(([, v]) => v !== undefined);
  return { ok: false, cause, message, ...Object.fromEntries(present) };
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    out[key] ??= issue.message;
  }
  return out;
}

export const invalidInput = (error: z.ZodError) => refusal("invalid", INVALID_MESSAGE, { fieldErrors: fieldErrorsOf(error) });

/**
 * The refusal an error stands for: an expected refusal of the business function (AppError, next to its field when it
 * names one), or the database gone away (every write is one statement or one transaction, so nothing was half-done
 * and the same request can simply be made again). Anything else is a fault: null, and the caller rethrows.
 */
export function refusalOf(error: unknown): Refusal | null {
  if (error instanceof RateLimited) return refusal("rateLimited", error.message, { retryAfterSeconds: error.retryAfterSeconds });
  if (error instanceof AppError) return refusal(CAUSE_OF_CODE[error.code], error.message, { fieldErrors: error.field ? { [error.field]: error.message } : undefined });
  if (isDatabaseUnavailable(error)) return refusal("unavailable", BUSY_MESSAGE, { retryAfterSeconds: RETRY_AFTER_SECONDS });
  return null;
}

/** The response headers of a refusal: Retry-After when it says when to try again. */
export function refusalHeaders(r: Refusal, headers: Record<string, string> = {}): Record<string, string> {
  return r.retryAfterSeconds ? { ...headers, "Retry-After": String(r.retryAfterSeconds) } : headers;
}

export function refusalResponse(r: Refusal): Response {
  return Response.json(r, { status: REFUSAL_STATUS[r.cause], headers: refusalHeaders(r) });
}
