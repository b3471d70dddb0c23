// The database could not be reached or went away mid-request (restarting, failed over, connections dropped): the
// user is told to try again rather than shown a failure of the application. Checked through the error's causes,
// since Prisma wraps the driver adapter's error (meta.driverAdapterError), which wraps pg's.

/** The driver adapter's names for a connection that failed or went away. */
const KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  // Prisma: cannot reach the server, timed out, connection closed.
  "P1001",
  "P1002",
  "P1017",
  // PostgreSQL: admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections.
  "57P01",
  "57P02",
  "57P03",
  "53300",
]);
const MESSAGES = [/Connection terminated/i, /connect ECONNREFUSED/i, /timeout exceeded when trying to connect/i, /Client has encountered a connection error/i, /terminating connection/i, /the database system is (starting up|shutting down)/i];

export const BUSY_MESSAGE = "系统繁忙，请稍后重试";

type Described = { code?: unknown; originalCode?: unknown; kind?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length) {
    const e = queue.shift();
    if (!e || typeof e !== "object" || seen.has(e)) continue;
    seen.add(e);
    const { code, originalCode, kind, message, cause, meta } = e as Described;
    if ([code, originalCode].some((c) => typeof c === "string" && CODES.has(c))) return true;
    if (typeof kind === "string" && KINDS.has(kind)) return true;
    if (typeof message === "string" && MESSAGES.some((m) => m.test(message))) return true;
    queue.push(cause, meta?.driverAdapterError);
  }
  return false;
}
