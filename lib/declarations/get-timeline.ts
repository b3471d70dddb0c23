import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { mayReadDeclaration } from "./reviewer-scope";

/** 跟踪: every event of a declaration, for the applicant and the reviewers in scope. */
export async function getTimeline(opts: { actor: Actor; id: string }) {
  const d = await db.declaration.findUnique({
    where: { id: opts.id },
    select: { id: true, applicantId: true, unitId: true, status: true, titleName: true, round: { select: { name: true } } },
  });
  if (!d || !(await mayReadDeclaration(db, opts.actor, d))) throw notFound("申报不存在或您无权查看");
  const events = await db.declarationEvent.findMany({ where: { declarationId: d.id }, orderBy: [{ at: "asc" }, { id: "asc" }] });
  return { declaration: d, events };
}
