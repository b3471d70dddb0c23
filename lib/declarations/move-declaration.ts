import "server-only";
import { randomUUID } from "node:crypto";
import type { Db, Tx } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { auditColumns } from "@/lib/audit/record-audit";
import { conflict, notFound } from "@/lib/errors";
import type { DeclarationStatus } from "@/lib/db/generated/enums";
import { decide, MOVES, STATUS_LABELS, type DeclarationAction, type Mover } from "./state-machine";

type MoveOptions = {
  client: Db | Tx;
  actor: PersonActor;
  ip: string;
  declaration: { id: string; status: DeclarationStatus; version: number };
  action: DeclarationAction;
  by: Mover;
  opinion?: string | null;
  returnTo?: DeclarationStatus | null;
  now: Date;
  /** Stamps the moment of 申报 on the record. */
  stampSubmittedAt?: boolean;
};

/**
 * Applies one move of the state machine. The conditional update on (status, version), the timeline event and the
 * audit row are one SQL statement: they commit together or not at all, of two racing actors exactly one wins, and
 * no connection is held across round trips when everyone presses 申报 at once. Callers authorize first.
 */
export async function moveDeclaration(o: MoveOptions) {
  const decision = decide(o.declaration.status, o.action, o.by, { opinion: o.opinion, returnTo: o.returnTo });
  if (!decision.ok) throw conflict(decision.reason);
  const label = MOVES[o.action].label;
  const opinion = o.opinion?.trim() || null;
  // What is missing stays on the record while the applicant supplements it, and is cleared when they resubmit.
  const supplementNote = decision.to === "NEEDS_SUPPLEMENT" ? opinion : null;
  const at = o.now.toISOString();
  const audit = auditColumns({
    actor: o.actor,
    ip: o.ip,
    action: label,
    entityType: "Declaration",
    entityId: o.declaration.id,
    detail: { from: o.declaration.status, to: decision.to },
  });
  const [{ moved }] = await o.client.$queryRaw<{ moved: number }[]>`
    WITH moved AS (
      UPDATE "Declaration"
         SET status = ${decision.to}::"DeclarationStatus",
             version = version + 1,
             "supplementNote" = ${supplementNote},
             "submittedAt" = CASE WHEN ${o.stampSubmittedAt ?? false} THEN ${at}::timestamptz AT TIME ZONE 'UTC' ELSE "submittedAt" END,
             "updatedAt" = ${at}::timestamptz AT TIME ZONE 'UTC'
       WHERE id = ${o.declaration.id} AND status = ${o.declaration.status}::"DeclarationStatus" AND version = ${o.declaration.version}
      RETURNING id
    ), event AS (
      INSERT INTO "DeclarationEvent" (id, "declarationId", action, "fromStatus", "toStatus", "actorUserId", "actorName", opinion, at)
      SELECT ${randomUUID()}, id, ${label}, ${o.declaration.status}::"DeclarationStatus", ${decision.to}::"DeclarationStatus",
             ${o.actor.userId}, ${o.actor.name}, ${opinion}, ${at}::timestamptz AT TIME ZONE 'UTC'
        FROM moved
    ), audit AS (
      INSERT INTO "AuditLog" ("actorUserId", "actorUnitId", "actorLabel", action, "entityType", "entityId", ip, detail, at)
      SELECT ${audit.actorUserId}, ${audit.actorUnitId}, ${audit.actorLabel}, ${audit.action}, ${audit.entityType}, ${audit.entityId},
             ${audit.ip}, ${JSON.stringify(audit.detail)}::jsonb, now() AT TIME ZONE 'UTC'
        FROM moved
    )
    SELECT count(*)::int AS moved FROM moved`;
  if (moved === 0) {
    const current = await o.client.declaration.findUnique({ where: { id: o.declaration.id }, select: { status: true } });
    if (!current) throw notFound();
    const again = decide(current.status, o.action, o.by, { opinion: o.opinion, returnTo: o.returnTo });
    throw conflict(again.ok ? `该申报已被修改（当前状态为「${STATUS_LABELS[current.status]}」），请刷新后重试` : again.reason);
  }
  return decision.to;
}
