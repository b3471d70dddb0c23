import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { AppError, notFound } from "@/lib/errors";
import { formatWindow, insideWindow } from "@/lib/rounds/window";
import { applyRefusal } from "./eligibility";
import { moveDeclaration } from "./move-declaration";

/** 申报: only the applicant, only inside the round's window; of two presses (or two tabs) exactly one submits. */
export async function submitDeclaration(opts: { actor: PersonActor; ip: string; id: string; now?: Date }) {
  const now = opts.now ?? new Date();
  const refusal = applyRefusal(opts.actor);
  if (refusal) throw new AppError("FORBIDDEN", refusal);
  return db.$transaction(async (tx) => {
    const declaration = await tx.declaration.findUnique({ where: { id: opts.id }, include: { round: true } });
    if (!declaration || declaration.applicantId !== opts.actor.userId) throw notFound("申报不存在或您无权操作");
    const { round } = declaration;
    if (round.status !== "OPEN" || !insideWindow(round, now)) {
      throw new AppError("INVALID", `当前不在申报时间内，申报时间为${formatWindow(round)}`);
    }
    return moveDeclaration({ tx, actor: opts.actor, ip: opts.ip, declaration, action: "submit", by: "applicant", now, data: { submittedAt: now } });
  });
}
