import "server-only";
import type { Tx } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { conflict, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/db/generated/client";
import type { DeclarationStatus } from "@/lib/db/generated/enums";
import { decide, MOVES, STATUS_LABELS, type DeclarationAction, type Mover } from "./state-machine";

type MoveOptions = {
  tx: Tx;
  actor: PersonActor;
  ip: string;
  declaration: { id: string; status: DeclarationStatus; version: number };
  action: DeclarationAction;
  by: Mover;
  opinion?: string | null;
  returnTo?: DeclarationStatus | null;
  now: Date;
  data?: Prisma.DeclarationUpdateManyMutationInput;
};

/**
 * Applies one move of the state machine inside the caller's transaction: a conditional update on (status, version)
 * so that of two racing actors exactly one wins, then the timeline event and the audit row. Callers authorize first.
 */
export async function moveDeclaration(o: MoveOptions) {
  const decision = decide(o.declaration.status, o.action, o.by, { opinion: o.opinion, returnTo: o.returnTo });
  if (!decision.ok) throw conflict(decision.reason);
  const { count } = await o.tx.declaration.updateMany({
    where: { id: o.declaration.id, status: o.declaration.status, version: o.declaration.version },
    data: {
      ...o.data,
      status: decision.to,
      version: { increment: 1 },
      // What is missing stays on the record while the applicant supplements it.
      ...(decision.to === "NEEDS_SUPPLEMENT" ? { supplementNote: o.opinion?.trim() } : {}),
    },
  });
  if (count === 0) {
    const current = await o.tx.declaration.findUnique({ where: { id: o.declaration.id }, select: { status: true } });
    if (!current) throw notFound();
    const again = decide(current.status, o.action, o.by, { opinion: o.opinion, returnTo: o.returnTo });
    throw conflict(again.ok ? `该申报已被修改（当前状态为「${STATUS_LABELS[current.status]}」），请刷新后重试` : again.reason);
  }
  const label = MOVES[o.action].label;
  await o.tx.declarationEvent.create({
    data: {
      declarationId: o.declaration.id,
      action: label,
      fromStatus: o.declaration.status,
      toStatus: decision.to,
      actorUserId: o.actor.userId,
      actorName: o.actor.name,
      opinion: o.opinion?.trim() || null,
      at: o.now,
    },
  });
  await recordAudit(o.tx, {
    actor: o.actor,
    ip: o.ip,
    action: label,
    entityType: "Declaration",
    entityId: o.declaration.id,
    detail: { from: o.declaration.status, to: decision.to },
  });
  return decision.to;
}
