import "server-only";
import { randomUUID } from "node:crypto";
import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { hotQuery } from "@/lib/db/hot-query";
import type { PersonActor } from "@/lib/auth/permissions";
import { grantUnitIds } from "@/lib/auth/scope";
import { reviewerScopeSql } from "@/lib/review/readable";
import { auditColumns } from "@/lib/audit/record-audit";
import { conflict, notFound } from "@/lib/errors";
import type { DeclarationStatus } from "@/lib/db/generated/enums";
import { decide, lostRace, MOVER_PERMISSIONS, MOVES, type DeclarationAction } from "./state-machine";
import type { DeclarationForm } from "./schemas";

type MoveOptions = {
  client: Db | Tx;
  actor: PersonActor;
  ip: string;
  /** The declaration as the actor saw it: the move applies only if it is still in this state and version. */
  declaration: { id: string; status: DeclarationStatus; version: number };
  action: DeclarationAction;
  opinion?: string | null;
  returnTo?: DeclarationStatus | null;
  /** NEEDS_SUPPLEMENT past its 补正期限: the reviewer may then refuse it. */
  supplementOverdue?: boolean;
  now: Date;
  /** The unit whose queue receives it (推荐上报 and 推荐审核通过 send it on). */
  holderUnitId?: string;
  publicityId?: string;
  recommendationId?: string;
  supplement?: { sections: string[]; deadline: string };
  /** 保存: the form as edited. */
  form?: DeclarationForm;
  /** A further condition of the move over `d`, checked in the same WHERE (申报: the round's window is open). */
  where?: Prisma.Sql;
};

/**
 * Only the declarations (`d`) the actor may move this way: the applicant's own, those on the meetings the chair
 * chairs, or those in the reviewer's reach — the same reach their queue and their reads are given.
 */
function guard(actor: PersonActor, action: DeclarationAction): Prisma.Sql {
  const { by } = MOVES[action];
  if (by === "applicant") return Prisma.sql`d."applicantId" = ${actor.userId}`;
  const permission = MOVER_PERMISSIONS[by][action];
  if (!permission) return Prisma.sql`false`;
  if (by === "committee") {
    // 统票 moves only the declarations on a meeting of a committee the actor chairs.
    if (grantUnitIds(actor, permission).length === 0) return Prisma.sql`false`;
    return Prisma.sql`d.id IN (
      SELECT md."declarationId" FROM "MeetingDeclaration" md
        JOIN "ReviewMeeting" m ON m.id = md."meetingId"
        JOIN "CommitteeMember" cm ON cm."committeeId" = m."committeeId" AND cm.role = 'CHAIR'
        JOIN "Expert" e ON e.id = cm."expertId"
       WHERE e."userId" = ${actor.userId})`;
  }
  return reviewerScopeSql(actor, permission);
}

export type MoveTarget = {
  id: string;
  status: DeclarationStatus;
  version: number;
  unitId: string;
  supplementDeadline: string | null;
  applicantName: string;
  applicantMobile: string | null;
};

/**
 * A reviewer's step: the declaration found through the move's own guard (the one check of the actor's reach) and
 * locked until the move, and only if it is still the version the reviewer read: a decision on something another
 * reviewer has just changed is refused with its state named.
 */
export async function lockForMove(tx: Tx, actor: PersonActor, action: DeclarationAction, id: string, version: number): Promise<MoveTarget> {
  const [row] = await tx.$queryRaw<MoveTarget[]>`
    SELECT d.id, d.status::text AS status, d.version, d."unitId", d."supplementDeadline",
           u.name AS "applicantName", u.mobile AS "applicantMobile"
      FROM "Declaration" d JOIN "User" u ON u.id = d."applicantId"
     WHERE d.id = ${id} AND ${guard(actor, action)}
       FOR UPDATE OF d`;
  if (!row) throw notFound("申报不存在或您无权操作");
  if (row.version !== version) throw conflict(lostRace(row.status, action));
  return row;
}

/** The unit the actor acts for: the declaration's own unit, the department or bureau whose queue held it, or the committee. */
function actorUnitSql(o: MoveOptions): Prisma.Sql {
  const { by } = MOVES[o.action];
  if (by === "committee") {
    return Prisma.sql`(SELECT f."committeeName" FROM "MeetingDeclaration" md JOIN "ReviewMeeting" m ON m.id = md."meetingId"
      JOIN "Committee" c ON c.id = m."committeeId" JOIN "EvaluationFiling" f ON f.id = c."filingId" WHERE md."declarationId" = ${o.declaration.id})`;
  }
  const unitId =
    by === "applicant" || by === "unitHandler"
      ? Prisma.sql`(SELECT "unitId" FROM "Declaration" WHERE id = ${o.declaration.id})`
      : Prisma.sql`(SELECT "holderUnitId" FROM "Declaration" WHERE id = ${o.declaration.id})`;
  // Every part of one statement reads the rows as they were before it: this is the holder before the move.
  return Prisma.sql`(SELECT name FROM "Unit" WHERE id = ${unitId})`;
}

/** What the move changes beside the state, by action. */
function effects(o: MoveOptions, at: string): Prisma.Sql[] {
  switch (o.action) {
    case "save": {
      const form = o.form!;
      return [
        Prisma.sql`form = ${JSON.stringify(form)}::jsonb`,
        Prisma.sql`level = ${form.professional.level}::"TitleLevel"`,
        Prisma.sql`"titleName" = ${form.professional.titleName}`,
        Prisma.sql`"photoFileId" = ${form.photoFileId}`,
      ];
    }
    case "submit":
      return [Prisma.sql`"submittedAt" = ${at}::timestamptz AT TIME ZONE 'UTC'`, Prisma.sql`"holderUnitId" = "unitId"`];
    case "publicize":
      return [Prisma.sql`"publicityId" = ${o.publicityId ?? null}`];
    case "recommend":
      return [Prisma.sql`"recommendationId" = ${o.recommendationId ?? null}`, Prisma.sql`"holderUnitId" = ${o.holderUnitId ?? null}`];
    case "deptApprove":
      return [Prisma.sql`"holderUnitId" = ${o.holderUnitId ?? null}`];
    case "deptReturn":
      return [Prisma.sql`"recommendationId" = NULL`, Prisma.sql`"holderUnitId" = "unitId"`];
    case "requestSupplement":
      return [
        Prisma.sql`"supplementNote" = ${o.opinion?.trim() || null}`,
        Prisma.sql`"supplementSections" = ${o.supplement?.sections ?? []}::text[]`,
        Prisma.sql`"supplementDeadline" = ${o.supplement?.deadline ?? null}`,
      ];
    case "resubmitSupplement":
      return [Prisma.sql`"supplementNote" = NULL`, Prisma.sql`"supplementSections" = '{}'`, Prisma.sql`"supplementDeadline" = NULL`];
    default:
      return [];
  }
}

/**
 * Applies one move of the state machine, for an actor allowed to make it: the permission of the move's mover is
 * checked here, with the scope in the statement's own WHERE. The conditional update on (status, version), the
 * timeline event, the frozen version and the audit row are one SQL statement: they commit together or not at all,
 * of two racing actors exactly one wins, and no connection is held across round trips when everyone presses 申报.
 */
export async function moveDeclaration(o: MoveOptions) {
  const context = { opinion: o.opinion, returnTo: o.returnTo, supplementOverdue: o.supplementOverdue };
  const decision = decide(o.declaration.status, o.action, MOVES[o.action].by, context);
  if (!decision.ok) throw conflict(decision.reason);
  const { label, quiet, freezes } = MOVES[o.action];
  const opinion = o.opinion?.trim() || null;
  const at = o.now.toISOString();
  const audit = auditColumns({
    actor: o.actor,
    ip: o.ip,
    action: label,
    entityType: "Declaration",
    entityId: o.declaration.id,
    detail: { from: o.declaration.status, to: decision.to, opinion },
  });
  const sets = [
    Prisma.sql`status = ${decision.to}::"DeclarationStatus"`,
    Prisma.sql`version = version + 1`,
    Prisma.sql`"updatedAt" = ${at}::timestamptz AT TIME ZONE 'UTC'`,
    ...effects(o, at),
  ];
  const [{ moved }] = await hotQuery<{ moved: number }>(
    o.client,
    Prisma.sql`
    WITH moved AS (
      UPDATE "Declaration" d
         SET ${Prisma.join(sets, ", ")}
       WHERE id = ${o.declaration.id} AND status = ${o.declaration.status}::"DeclarationStatus" AND version = ${o.declaration.version}
         AND ${guard(o.actor, o.action)} AND ${o.where ?? Prisma.sql`true`}
      RETURNING id, form, "photoFileId"
    ), event AS (
      INSERT INTO "DeclarationEvent" (id, "declarationId", action, "fromStatus", "toStatus", "actorUserId", "actorName", "actorUnitName", opinion, at)
      SELECT ${randomUUID()}, id, ${label}, ${o.declaration.status}::"DeclarationStatus", ${decision.to}::"DeclarationStatus",
             ${o.actor.userId}, ${o.actor.name}, ${actorUnitSql(o)}, ${opinion}, ${at}::timestamptz AT TIME ZONE 'UTC'
        FROM moved WHERE ${!quiet}
    ), frozen AS (
      INSERT INTO "DeclarationVersion" (id, "declarationId", number, form, "photoFileId", reason, "createdAt")
      SELECT ${randomUUID()}, m.id,
             COALESCE((SELECT max(v.number) FROM "DeclarationVersion" v WHERE v."declarationId" = m.id), 0) + 1,
             m.form, m."photoFileId", ${label}, ${at}::timestamptz AT TIME ZONE 'UTC'
        FROM moved m WHERE ${!!freezes}
    ), audit AS (
      INSERT INTO "AuditLog" ("actorUserId", "actorUnitId", "actorLabel", action, "entityType", "entityId", ip, detail, at)
      SELECT ${audit.actorUserId}, ${audit.actorUnitId}, ${audit.actorLabel}, ${audit.action}, ${audit.entityType}, ${audit.entityId},
             ${audit.ip}, ${JSON.stringify(audit.detail)}::jsonb, now() AT TIME ZONE 'UTC'
        FROM moved
    )
    SELECT count(*)::int AS moved FROM moved`,
  );
  if (moved === 0) {
    const [current] = await hotQuery<{ status: DeclarationStatus }>(
      o.client,
      Prisma.sql`SELECT d.status::text AS status FROM "Declaration" d WHERE d.id = ${o.declaration.id} AND ${guard(o.actor, o.action)}`,
    );
    if (!current) throw notFound("申报不存在或您无权操作");
    const again = decide(current.status, o.action, MOVES[o.action].by, context);
    throw conflict(again.ok ? lostRace(current.status, o.action) : again.reason);
  }
  return decision.to;
}
