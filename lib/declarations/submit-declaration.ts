import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import type { DeclarationStatus, RoundStatus } from "@/lib/db/generated/enums";
import { AppError, notFound } from "@/lib/errors";
import { formatWindow, insideWindow } from "@/lib/rounds/window";
import { applyRefusal } from "./eligibility";
import { moveDeclaration } from "./move-declaration";

type Row = { id: string; status: DeclarationStatus; version: number; roundStatus: RoundStatus; windowStart: Date; windowEnd: Date };

/** 申报: only the applicant, only inside the round's window; of two presses (or two tabs) exactly one submits. */
export async function submitDeclaration(opts: { actor: PersonActor; ip: string; id: string; now?: Date }) {
  const now = opts.now ?? new Date();
  const refusal = applyRefusal(opts.actor);
  if (refusal) throw new AppError("FORBIDDEN", refusal);
  // This path takes the whole burst at the window's opening: one read, then the move as one atomic statement
  // guarded by the (status, version) just read.
  const [declaration] = await db.$queryRaw<Row[]>`
    SELECT d.id, d.status::text AS status, d.version,
           r.status::text AS "roundStatus", r."windowStart", r."windowEnd"
      FROM "Declaration" d JOIN "ApplicationRound" r ON r.id = d."roundId"
     WHERE d.id = ${opts.id} AND d."applicantId" = ${opts.actor.userId}`;
  if (!declaration) throw notFound("申报不存在或您无权操作");
  if (declaration.roundStatus !== "OPEN" || !insideWindow(declaration, now)) {
    throw new AppError("INVALID", `当前不在申报时间内，申报时间为${formatWindow(declaration)}`);
  }
  return moveDeclaration({ client: db, actor: opts.actor, ip: opts.ip, declaration, action: "submit", now });
}
