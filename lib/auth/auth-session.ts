import "server-only";
import { db, type Tx } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "./permissions";
import { sessionLimits } from "./session-lifetime";

// Server-side record of each signed-in session, so that 退出登录 ends it for every copy of its cookie.

/** Rows one sign-in prunes at most: enough to keep pace with sign-ins, never a long statement. */
export const PRUNE_BATCH = 100;

/**
 * Sessions past their absolute lifetime can no longer be used (ended or not), so their rows go. Rows another sign-in
 * is pruning are skipped, not waited for.
 */
export async function pruneAuthSessions(tx: Tx, now: Date) {
  const cutoff = new Date(now.getTime() - sessionLimits().absoluteSeconds * 1000);
  return tx.$executeRaw`
    DELETE FROM "AuthSession" WHERE id IN (
      SELECT id FROM "AuthSession" WHERE "createdAt" < ${cutoff} ORDER BY "createdAt" LIMIT ${PRUNE_BATCH} FOR UPDATE SKIP LOCKED)`;
}

/** Opened inside the sign-in transaction, which also prunes ended sessions; the id goes into the session token. */
export async function startAuthSession(tx: Tx, opts: { actor: Actor; ip: string }) {
  await pruneAuthSessions(tx, new Date());
  const row = await tx.authSession.create({
    data: {
      userId: opts.actor.kind === "person" ? opts.actor.userId : null,
      unitId: opts.actor.kind === "unit" ? opts.actor.unitId : null,
      ip: opts.ip,
    },
    select: { id: true, createdAt: true },
  });
  return { sessionId: row.id, startedAt: Math.floor(row.createdAt.getTime() / 1000) };
}

/** 退出登录: the session ends on the server; a replayed cookie naming it is refused from now on. */
export async function endAuthSession(opts: { sessionId: string; ip: string | null }) {
  await db.$transaction(async (tx) => {
    const ended = await tx.authSession.updateMany({
      where: { id: opts.sessionId, endedAt: null },
      data: { endedAt: new Date(), endReason: "退出登录" },
    });
    if (ended.count === 0) return;
    const row = await tx.authSession.findUniqueOrThrow({
      where: { id: opts.sessionId },
      select: { userId: true, unitId: true },
    });
    await recordAudit(tx, { actor: await sessionActor(tx, row), ip: opts.ip, action: "退出登录", entityType: "AuthSession", entityId: opts.sessionId });
  });
}

async function sessionActor(tx: Tx, row: { userId: string | null; unitId: string | null }): Promise<Actor | null> {
  if (row.userId) {
    const user = await tx.user.findUnique({ where: { id: row.userId }, select: { name: true, unitId: true } });
    return user ? { kind: "person", userId: row.userId, name: user.name, unitId: user.unitId, grants: [] } : null;
  }
  const unit = row.unitId ? await tx.unit.findUnique({ where: { id: row.unitId }, select: { name: true } }) : null;
  return unit && row.unitId ? { kind: "unit", unitId: row.unitId, name: unit.name } : null;
}

/** Whether the session named by a token is still open on the server. */
export async function authSessionOpen(sessionId: unknown): Promise<boolean> {
  if (typeof sessionId !== "string" || !sessionId) return false;
  const row = await db.authSession.findUnique({ where: { id: sessionId }, select: { endedAt: true } });
  return !!row && row.endedAt === null;
}
