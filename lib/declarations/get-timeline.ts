import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import type { DeclarationStatus, UnitKind } from "@/lib/db/generated/enums";
import { notFound } from "@/lib/errors";
import { readableDeclarationSql } from "@/lib/review/readable";

type Tracked = {
  id: string;
  status: DeclarationStatus;
  titleName: string;
  roundName: string;
  unitName: string;
  holderName: string | null;
  holderKind: UnitKind | null;
  supplementNote: string | null;
  supplementDeadline: string | null;
};

/** 跟踪: the current stage, the unit holding it, and every move (who, for which unit, when, opinion). */
export async function getTimeline(opts: { actor: Actor; id: string }) {
  const [declaration] = await db.$queryRaw<Tracked[]>`
    SELECT d.id, d.status::text AS status, d."titleName", r.name AS "roundName", un.name AS "unitName", h.name AS "holderName", h.kind::text AS "holderKind",
           d."supplementNote", d."supplementDeadline"
      FROM "Declaration" d
      JOIN "ApplicationRound" r ON r.id = d."roundId"
      JOIN "Unit" un ON un.id = d."unitId"
      LEFT JOIN "Unit" h ON h.id = d."holderUnitId"
     WHERE d.id = ${opts.id} AND ${readableDeclarationSql(opts.actor)}`;
  if (!declaration) throw notFound("申报不存在或您无权查看");
  const events = await db.declarationEvent.findMany({ where: { declarationId: declaration.id }, orderBy: [{ at: "asc" }, { id: "asc" }] });
  return { declaration, events };
}
