import { randomUUID } from "node:crypto";
import pg from "pg";
import { expect } from "vitest";
import type { PersonActor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";

// Proof that a record outside the actor's reach is answered "not found" without being read: every statement this
// process sends to PostgreSQL (Prisma's adapter and the hot pool both go through pg.Client) is recorded, and each one
// that names the record must also carry the actor's scope (the units or regions their grants start from).

type Statement = { text: string; values: unknown[] };

async function recordSql<T>(fn: () => Promise<T>): Promise<{ outcome: unknown; statements: Statement[] }> {
  const statements: Statement[] = [];
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, config: unknown, values?: unknown, ...rest: unknown[]) {
    const c = config as { text?: string; values?: unknown[] } | string;
    statements.push(typeof c === "string" ? { text: c, values: Array.isArray(values) ? values : [] } : { text: c?.text ?? "", values: c?.values ?? (Array.isArray(values) ? values : []) });
    return original.call(this, config, values, ...rest);
  };
  try {
    const outcome = await fn().then(
      (value) => value,
      (error: unknown) => error,
    );
    return { outcome, statements };
  } finally {
    proto.query = original;
  }
}

const flat = (values: unknown[]): unknown[] => values.flatMap((v) => (Array.isArray(v) ? flat(v) : [v]));

/** Where the actor's reach starts: the units of their grants and those units' regions. */
const scopeRoots = (actor: PersonActor) => new Set<unknown>(actor.grants.flatMap((g) => [g.unitId, g.regionCode]));

/** The answer an actor gets for a record that does not exist (a fresh id in the record's place). */
export async function answerForMissing(call: (id: string) => Promise<unknown>) {
  const error = await call(randomUUID()).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  const { code, message } = error as AppError;
  expect(code).toBe("NOT_FOUND");
  return { code, message };
}

/**
 * The call on a record outside the actor's reach answers exactly as for a missing record, and every statement that
 * named the record carried the actor's scope in the same statement.
 */
export async function expectOutOfReach(o: { actor: PersonActor; id: string; call: (id: string) => Promise<unknown> }) {
  const missing = await answerForMissing(o.call);
  const { outcome, statements } = await recordSql(() => o.call(o.id));
  expect(outcome).toBeInstanceOf(AppError);
  expect({ code: (outcome as AppError).code, message: (outcome as AppError).message }).toEqual(missing);
  expectScoped(statements, o.actor, o.id);
}

/** Some statement named the record, and each one that did carried the actor's scope beside it. */
function expectScoped(statements: Statement[], actor: PersonActor, id: string) {
  const naming = statements.filter((s) => flat(s.values).includes(id));
  expect(naming.length).toBeGreaterThan(0);
  const roots = scopeRoots(actor);
  for (const s of naming) expect(flat(s.values).some((v) => roots.has(v)), `unscoped: ${s.text}`).toBe(true);
}

/** A read that answers null outside the reach reads as it does for a missing record, with the scope in its WHERE. */
export async function expectNullOutOfReach(o: { actor: PersonActor; id: string; read: (id: string) => Promise<unknown> }) {
  expect(await o.read(randomUUID())).toBeNull();
  const { outcome, statements } = await recordSql(() => o.read(o.id));
  expect(outcome).toBeNull();
  expectScoped(statements, o.actor, o.id);
}
