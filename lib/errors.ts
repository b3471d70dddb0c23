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

/** What a server action returns to its form. */
export type ActionState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
};
