import type { IncomingMessage, ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import { isDatabaseUnavailable } from "./db/unavailable";

// While PostgreSQL is unreachable a page still shows app/error.tsx's 系统繁忙, but answers 503 with Retry-After, so
// a load balancer and monitors see the truth rather than an application failure (500, which Next sets for any page
// that throws). The server entry (scripts/serve.ts) tags each request; instrumentation.ts's onRequestError notes the
// tagged requests that failed for want of the database; the entry then rewrites their 500. The note lives on
// globalThis because Next's bundle and the entry each load their own copy of this module.

const TAG = "x-zc-request";
/** Seconds a client should wait before trying again: about as long as a database restart or fail-over takes. */
export const RETRY_AFTER_SECONDS = 10;

/** The entry's requests in flight, by tag: whether each failed for want of the database. */
const inFlight: Map<string, boolean> = ((globalThis as { databaseOutageRequests?: Map<string, boolean> }).databaseOutageRequests ??= new Map());

/** For onRequestError: a request that failed because the database could not be reached (only the entry's tags count). */
export function noteRequestError(error: unknown, headers: Record<string, string | string[] | undefined>) {
  const tag = headers[TAG];
  if (typeof tag === "string" && inFlight.has(tag) && isDatabaseUnavailable(error)) inFlight.set(tag, true);
}

/** For the server entry, before Next sees the request: a 500 whose request failed for want of the database is a 503. */
export function answerOutageAs503(req: IncomingMessage, res: ServerResponse) {
  const tag = randomUUID();
  req.headers[TAG] = tag;
  inFlight.set(tag, false);
  const writeHead = res.writeHead;
  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    if (status === 500 && inFlight.get(tag)) {
      res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
      return (writeHead as (...args: unknown[]) => ServerResponse).call(this, 503, ...rest);
    }
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
  } as typeof res.writeHead;
  res.once("close", () => inFlight.delete(tag));
}
