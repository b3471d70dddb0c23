import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { moveDeclaration } from "./move-declaration";
import { landsIn } from "./state-machine";

/** 补充申报材料 → 提交: back to the qualification-review state the declaration was returned from. */
export async function resubmitSupplement(opts: { actor: PersonActor; ip: string; id: string; now?: Date }) {
  const now = opts.now ?? new Date();
  return db.$transaction(async (tx) => {
    const declaration = await tx.declaration.findFirst({ where: { id: opts.id, applicantId: opts.actor.userId } });
    if (!declaration) throw notFound("申报不存在或您无权操作");
    const sentBack = await tx.declarationEvent.findFirst({
      where: { declarationId: declaration.id, toStatus: { in: landsIn("requestSupplement") } },
      orderBy: { at: "desc" },
    });
    return moveDeclaration({
      client: tx,
      actor: opts.actor,
      ip: opts.ip,
      declaration,
      action: "resubmitSupplement",
      returnTo: sentBack?.fromStatus,
      now,
    });
  });
}
