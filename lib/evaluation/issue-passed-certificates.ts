import "server-only";
import type { Tx } from "@/lib/db/client";
import type { TitleLevel } from "@/lib/db/generated/enums";
import type { PersonActor } from "@/lib/auth/permissions";
import type { DeclarationForm } from "@/lib/declarations/schemas";
import { issueCertificate } from "@/lib/certificates/issue-certificate";
import { certificateSchema } from "@/lib/certificates/schemas";
import { sendCertificateBatch } from "@/lib/certificates/submit-certificate-batch";
import { landsIn } from "@/lib/declarations/state-machine";
import { TALLY } from "./rules";

const CERTIFICATE_LEVEL: Record<TitleLevel, "正高级" | "副高级" | "中级" | "助理级"> = {
  SENIOR: "正高级",
  DEPUTY_SENIOR: "副高级",
  INTERMEDIATE: "中级",
  JUNIOR: "助理级",
};

/**
 * After the result publicity, each PASSED declaration of the meeting becomes a certificate (source 评审) of the
 * committee-forming unit, awaiting 专技处 confirmation: its photo is the declaration's, already seen by every
 * reviewer on the way, so the certificates go to the 专技处 at once as one submitted batch. The number is derived
 * from the declaration, so a certificate is never issued twice for one.
 */
export async function issuePassedCertificates(o: {
  tx: Tx;
  actor: PersonActor;
  ip: string;
  meeting: { id: string; name: string; committee: { filing: { unitId: string; committeeName: string; seriesId: string; specialty: string | null } } };
  publicity: { title: string; endDate: string };
}) {
  const filing = o.meeting.committee.filing;
  const [series, unit, items] = await Promise.all([
    o.tx.titleSeries.findUniqueOrThrow({ where: { id: filing.seriesId }, select: { name: true } }),
    o.tx.unit.findUniqueOrThrow({ where: { id: filing.unitId }, select: { name: true } }),
    o.tx.meetingDeclaration.findMany({ where: { meetingId: o.meeting.id, outcome: TALLY.passed }, select: { declarationId: true } }),
  ]);
  const declarations = await o.tx.declaration.findMany({ where: { id: { in: items.map((i) => i.declarationId) }, status: { in: landsIn("pass") } } });
  const people = await o.tx.user.findMany({ where: { id: { in: declarations.map((d) => d.applicantId) } }, select: { id: true, name: true, idNumber: true } });
  const issued = [];
  for (const d of declarations) {
    const form = d.form as unknown as Partial<DeclarationForm>;
    const person = people.find((p) => p.id === d.applicantId)!;
    const values = certificateSchema.parse({
      number: `PS${o.publicity.endDate.replace(/-/g, "")}${d.id}`.slice(0, 40),
      name: person.name,
      idNumber: person.idNumber,
      gender: form.basic?.gender,
      titleName: d.titleName,
      level: CERTIFICATE_LEVEL[d.level],
      series: series.name,
      specialty: form.professional?.specialty || filing.specialty || series.name,
      committee: filing.committeeName.slice(0, 80),
      approvalNo: o.publicity.title.slice(0, 60),
      obtainedOn: o.publicity.endDate,
      issuer: unit.name.slice(0, 80),
    });
    const certificate = await issueCertificate({ client: o.tx, actor: o.actor, ip: o.ip, unitId: filing.unitId, values, source: "EVALUATION" });
    if (certificate) issued.push({ id: certificate.id, photoFileId: d.photoFileId });
  }
  if (issued.length === 0) return [];
  await sendCertificateBatch(o.tx, { actor: o.actor, ip: o.ip, unitId: filing.unitId, certificates: issued, action: "评审发证提交" });
  return issued.map((c) => c.id);
}
