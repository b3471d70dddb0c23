import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import type { DeclarationForm } from "@/lib/declarations/schemas";
import { maskIdNumber } from "@/lib/validation/id-number";
import { expertReadableSql } from "./conflict";

/** What an expert's read leaves out of 基本信息: the applicant's contact details and birth date. */
const PRIVATE_BASIC_FIELDS: ReadonlySet<string> = new Set(["mobile", "birthDate"] satisfies (keyof DeclarationForm["basic"])[]);
export type ExpertForm = Omit<DeclarationForm, "basic"> & { basic: Omit<DeclarationForm["basic"], "mobile" | "birthDate"> };

/** An expert judges the professional record, not how to reach the applicant or how old they are. */
export function expertForm(form: DeclarationForm): ExpertForm {
  const basic = Object.fromEntries(Object.entries(form.basic).filter(([key]) => !PRIVATE_BASIC_FIELDS.has(key)));
  return { ...form, basic: basic as ExpertForm["basic"] };
}

/**
 * The declaration, read-only, for a member of the meeting's committee without a conflict (else not found): the
 * professional record, the ID number masked, no contact details or birth date.
 */
export async function getExpertDeclaration(opts: { actor: PersonActor; meetingId: string; declarationId: string }) {
  const [found] = await db.$queryRaw<{ id: string }[]>`
    SELECT d.id FROM "Declaration" d JOIN "MeetingDeclaration" md ON md."declarationId" = d.id
     WHERE d.id = ${opts.declarationId} AND md."meetingId" = ${opts.meetingId} AND ${expertReadableSql(opts.actor)}`;
  if (!found) throw notFound("申报不存在或您无权查看");
  const d = await db.declaration.findUniqueOrThrow({ where: { id: found.id }, include: { round: { select: { name: true } } } });
  const [applicant, unit] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: d.applicantId }, select: { name: true, idNumber: true } }),
    db.unit.findUniqueOrThrow({ where: { id: d.unitId }, select: { name: true } }),
  ]);
  return {
    id: d.id,
    roundName: d.round.name,
    level: d.level,
    titleName: d.titleName,
    form: expertForm(d.form as unknown as DeclarationForm),
    applicant: { name: applicant.name, idNumberMasked: maskIdNumber(applicant.idNumber) },
    unitName: unit.name,
  };
}
