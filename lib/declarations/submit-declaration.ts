import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { PersonActor } from "@/lib/auth/permissions";
import type { DeclarationStatus, RoundStatus } from "@/lib/db/generated/enums";
import { AppError, notFound } from "@/lib/errors";
import { formatWindow, insideWindow } from "@/lib/rounds/window";
import { applyRefusal } from "./eligibility";
import { moveDeclaration } from "./move-declaration";

type Row = { status: DeclarationStatus; version: number; roundStatus: RoundStatus; windowStart: Date; windowEnd: Date };
type Options = { actor: PersonActor; ip: string; id: string; now?: Date; seen?: { status: DeclarationStatus; version: number } };

/** The declaration's state, refusing one that is not the actor's or whose round's window is not open. */
async function readOpenDeclaration(opts: Options, now: Date) {
  const [declaration] = await db.$queryRaw<Row[]>`
    SELECT d.status::text AS status, d.version, r.status::text AS "roundStatus", r."windowStart", r."windowEnd"
      FROM "Declaration" d JOIN "ApplicationRound" r ON r.id = d."roundId"
     WHERE d.id = ${opts.id} AND d."applicantId" = ${opts.actor.userId}`;
  if (!declaration) throw notFound("申报不存在或您无权操作");
  if (declaration.roundStatus !== "OPEN" || !insideWindow(declaration, now)) {
    throw new AppError("INVALID", `当前不在申报时间内，申报时间为${formatWindow(declaration)}`);
  }
  return { status: declaration.status, version: declaration.version };
}

/**
 * 申报: only the applicant, only inside the round's window; of two presses (or two tabs) exactly one submits.
 * This path takes the whole burst at the window's opening. Given the state the applicant saw (`seen`, sent by the
 * row's button), the press is one statement: the move, guarded by that state and by the open window in its own
 * WHERE; the declaration is read only to explain a refusal.
 */
export async function submitDeclaration(opts: Options) {
  const now = opts.now ?? new Date();
  const refusal = applyRefusal(opts.actor);
  if (refusal) throw new AppError("FORBIDDEN", refusal);
  const seen = opts.seen ?? (await readOpenDeclaration(opts, now));
  const at = now.toISOString();
  const windowOpen = Prisma.sql`EXISTS (SELECT 1 FROM "ApplicationRound" r WHERE r.id = d."roundId" AND r.status = 'OPEN'
    AND r."windowStart" <= ${at}::timestamptz AT TIME ZONE 'UTC' AND r."windowEnd" >= ${at}::timestamptz AT TIME ZONE 'UTC')`;
  try {
    return await moveDeclaration({ client: db, actor: opts.actor, ip: opts.ip, declaration: { id: opts.id, ...seen }, action: "submit", now, where: windowOpen });
  } catch (error) {
    // Refused: a closed window (or a declaration not the actor's) explains it better than the move's own message.
    if (error instanceof AppError) await readOpenDeclaration(opts, now);
    throw error;
  }
}
