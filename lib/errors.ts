// Expected refusals carry a Chinese message for the user and, where it belongs to a field, the field's name.

export type ErrorCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "INVALID" | "CONFLICT" | "LOCKED";

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** Too many requests from one client: the refusal says when to try again, and a route answers 429 with Retry-After. */
export class RateLimited extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super("LOCKED", message);
  }
}

export const forbidden = (message = "您没有权限执行此操作") => new AppError("FORBIDDEN", message);
export const notFound = (message = "记录不存在或您无权查看") => new AppError("NOT_FOUND", message);
export const conflict = (message: string) => new AppError("CONFLICT", message);
export const invalid = (message: string, field?: string) => new AppError("INVALID", message, field);

/**
 * Why a request was refused: one cause per kind of refusal, each with one HTTP status (lib/refusal.ts). Actions and
 * routes answer the same cause the same way.
 */
export type RefusalCause = "signedOut" | "forbidden" | "notFound" | "invalid" | "conflict" | "methodNotAllowed" | "tooLarge" | "rateLimited" | "unavailable";

/** What a server action returns to its form, and what a route answers as JSON. */
export type ActionState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  /** Set on every refusal. */
  cause?: RefusalCause;
  /** Where the page must go before anything can be done (密码修改 while the initial password is unchanged). */
  redirectTo?: string;
  /** Rate limited or the database away: seconds to wait before trying again (a route's Retry-After). */
  retryAfterSeconds?: number;
};

/** What a page shows of a route's refusal: the field's message when one field is named, else the message. */
export function refusalText(state: ActionState | null | undefined, fallback: string): string {
  return Object.values(state?.fieldErrors ?? {})[0] ?? state?.message ?? fallback;
}
