import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { formatShanghai } from "@/lib/time";
import { isSupplementOverdue } from "@/lib/declarations/state-machine";
import { maskIdNumber } from "@/lib/validation/id-number";
import { diffForms, type FormChange } from "@/lib/declarations/form-diff";
import type { DeclarationForm } from "@/lib/declarations/schemas";
import { compareWorkHistory, describeMismatch } from "@/lib/social-insurance/compare-work-history";
import { socialInsuranceRegistry } from "@/lib/social-insurance/registry";
import { queueScopeSql } from "./list-queue";
import type { QueueKey } from "./queue-config";

/**
 * 审核: the whole declaration as its reviewer in this queue may read it (not found outside the queue's scope), with its
 * tracking events and, once the applicant has sent back a supplement, what changed since the version returned.
 */
export async function getReviewDetail(opts: { actor: PersonActor; key: QueueKey; id: string; now?: Date }) {
  const [found] = await db.$queryRaw<{ id: string }[]>`SELECT d.id FROM "Declaration" d WHERE d.id = ${opts.id} AND ${queueScopeSql(opts.actor, opts.key)}`;
  if (!found) throw notFound("申报不存在或您无权查看");
  const d = await db.declaration.findUniqueOrThrow({
    where: { id: found.id },
    include: {
      round: { select: { name: true } },
      events: { orderBy: [{ at: "asc" }, { id: "asc" }] },
      versions: { orderBy: { number: "desc" }, take: 2 },
      recommendation: { select: { note: true, integrityFileId: true, publicityNoteFileId: true, createdAt: true } },
    },
  });
  const [applicant, unit] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: d.applicantId }, select: { name: true, idNumber: true } }),
    db.unit.findUniqueOrThrow({ where: { id: d.unitId }, select: { name: true } }),
  ]);
  const [latest, previous] = d.versions;
  const changes: FormChange[] | null =
    latest?.reason === "补充材料提交" && previous
      ? diffForms(previous.form as unknown as DeclarationForm, latest.form as unknown as DeclarationForm, { roundName: () => d.round.name })
      : null;
  const today = formatShanghai(opts.now ?? new Date(), "yyyy-MM-dd");
  const form = d.form as unknown as DeclarationForm;
  const contributions = await socialInsuranceRegistry().contributions(applicant.idNumber);
  return {
    id: d.id,
    version: d.version,
    status: d.status,
    roundName: d.round.name,
    level: d.level,
    titleName: d.titleName,
    form,
    /** 社保 work-history check: warnings for the reviewer, never a refusal. */
    workHistory: compareWorkHistory(form.work ?? [], contributions, { asOfMonth: today.slice(0, 7) }).map(describeMismatch),
    submittedAt: d.submittedAt,
    supplementNote: d.supplementNote,
    supplementSections: d.supplementSections,
    supplementDeadline: d.supplementDeadline,
    overdue: isSupplementOverdue(d, today),
    applicant: { name: applicant.name, idNumberMasked: maskIdNumber(applicant.idNumber) },
    unitName: unit.name,
    recommendation: d.recommendation,
    events: d.events,
    changes,
  };
}
export type ReviewDetail = Awaited<ReturnType<typeof getReviewDetail>>;
