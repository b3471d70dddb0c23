import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import type { DeclarationForm } from "@/lib/declarations/schemas";
import { maskIdNumber } from "@/lib/validation/id-number";
import { expertReadableSql } from "./conflict";

/** The whole declaration, read-only, for a member of the meeting's committee without a conflict; else not found. */
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
    form: d.form as unknown as DeclarationForm,
    applicant: { name: applicant.name, idNumberMasked: maskIdNumber(applicant.idNumber) },
    unitName: unit.name,
  };
}
