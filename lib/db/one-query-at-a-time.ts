import pg from "pg";

/**
 * A pg client that sends its queries one after another. Prisma loads an `include`'s relations with concurrent
 * queries; on a transaction's single connection pg would queue them itself, a use it deprecates ("client.query()
 * when the client is already executing a query", an error from pg 9). Outside a transaction each query has a
 * connection of its own and nothing changes.
 */
export class OneQueryAtATime extends pg.Client {
  #previous: Promise<unknown> = Promise.resolve();

  // Only the promise form (the one the driver adapter uses) is chained; callbacks and submittables keep pg's own path.
  query(...args: unknown[]): never {
    const promised = args.length > 0 && typeof args[args.length - 1] !== "function" && typeof (args[0] as { submit?: unknown })?.submit !== "function";
    const send = () => (super.query as (...a: unknown[]) => unknown)(...args);
    if (!promised) return send() as never;
    const result = this.#previous.then(send);
    this.#previous = result.catch(() => undefined);
    return result as never;
  }
}
