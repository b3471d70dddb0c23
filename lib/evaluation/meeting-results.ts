import "server-only";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { conflict } from "@/lib/errors";
import type { DeclarationForm } from "@/lib/declarations/schemas";
import { renderPublicityTable } from "@/lib/pdf/publicity-table";
import { formatShanghai } from "@/lib/time";
import { maskIdNumber } from "@/lib/validation/id-number";
import { findOwnMeeting } from "./result-publicity";
import { landsIn } from "@/lib/declarations/state-machine";

/** A tallied meeting's results, for its committee-forming unit: each declaration with its counts, by 申报单位. */
export async function getMeetingResults(opts: { actor: PersonActor; meetingId: string }) {
  const meeting = await findOwnMeeting(db, opts.actor, opts.meetingId);
  return { meeting, rows: await meetingRows(meeting.id) };
}

/** The declarations of a meeting already found within the reader's reach, with counts, ID numbers masked. */
export async function meetingRows(meetingId: string) {
  const items = await db.meetingDeclaration.findMany({ where: { meetingId } });
  const declarations = await db.declaration.findMany({ where: { id: { in: items.map((i) => i.declarationId) } }, orderBy: { submittedAt: "asc" } });
  const [people, units] = await Promise.all([
    db.user.findMany({ where: { id: { in: declarations.map((d) => d.applicantId) } }, select: { id: true, name: true, idNumber: true } }),
    db.unit.findMany({ where: { id: { in: declarations.map((d) => d.unitId) } }, select: { id: true, name: true } }),
  ]);
  return declarations.map((d) => {
    const form = d.form as unknown as Partial<DeclarationForm>;
    const item = items.find((i) => i.declarationId === d.id)!;
    const person = people.find((p) => p.id === d.applicantId)!;
    return {
      id: d.id,
      unitId: d.unitId,
      unitName: units.find((u) => u.id === d.unitId)?.name ?? "",
      name: person.name,
      idNumberMasked: maskIdNumber(person.idNumber),
      currentTitle: form.professional?.currentTitle ?? "",
      targetTitle: d.titleName,
      specialty: form.professional?.specialty ?? "",
      status: d.status,
      outcome: item.outcome,
      attending: item.attending,
      yes: item.yes,
      no: item.no,
      abstain: item.abstain,
    };
  });
}

/** 评审通过确认单: one applicant unit's passed applicants of the meeting, printable once the result publicity is over. */
export async function renderConfirmationPdf(opts: { actor: PersonActor; meetingId: string; unitId: string; now?: Date }) {
  const { meeting, rows } = await getMeetingResults(opts);
  const publicity = meeting.publicity;
  if (publicity?.status !== "COMPLETED") throw conflict("评审结果公示期满并完成公示后，方可打印评审通过确认单");
  const passed = rows.filter((r) => r.unitId === opts.unitId && landsIn("pass").includes(r.status));
  if (passed.length === 0) throw conflict("该单位没有评审通过的人员");
  const title = `${meeting.committee.filing.committeeName}评审通过确认单`;
  const pdf = await renderPublicityTable({
    title,
    unitLabel: "申报单位",
    unitName: passed[0].unitName,
    startDate: publicity.startDate,
    endDate: publicity.endDate,
    workingDays: publicity.workingDays,
    contactName: publicity.contactName,
    contactPhone: publicity.contactPhone,
    content: `经${meeting.committee.filing.committeeName}（${meeting.name}）评审，以下人员评审通过，评审结果已公示期满，予以确认。`,
    rows: passed,
    printedAt: formatShanghai(opts.now ?? new Date(), "yyyy-MM-dd HH:mm"),
  });
  return { pdf, filename: `${passed[0].unitName}-评审通过确认单.pdf` };
}
