import "server-only";
import { db, type Tx } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, invalid, notFound } from "@/lib/errors";
import { applyRefusal } from "./eligibility";
import { moveDeclaration } from "./move-declaration";
import { canMove } from "./state-machine";
import { ATTACHMENT_SECTIONS, type AttachmentSection, type DeclarationForm, type SaveDeclarationInput } from "./schemas";
import { titlesOf } from "./titles";
import { supplementRefusal } from "./supplement-sections";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { PHOTO_PURPOSE, ATTACHMENT_PURPOSE } from "./upload-declaration-file";

/** The files a form refers to, by section; each must be the applicant's own upload of the right kind. */
function referencedFiles(form: DeclarationForm) {
  const refs = [{ fileId: form.photoFileId, section: "photo", purpose: PHOTO_PURPOSE }];
  for (const section of Object.keys(ATTACHMENT_SECTIONS) as AttachmentSection[]) {
    for (const a of form.attachments[section] ?? []) refs.push({ fileId: a.fileId, section, purpose: ATTACHMENT_PURPOSE });
  }
  return refs;
}

async function checkRoundAndFiles(tx: Tx, actor: PersonActor, form: DeclarationForm) {
  const round = await tx.applicationRound.findUnique({ where: { id: form.roundId }, include: { series: true } });
  if (!round || round.status !== "OPEN") throw invalid("该申报批次未开放申报", "roundId");
  const { level, titleName } = form.professional;
  if (!round.levels.includes(level)) throw invalid("该批次不受理此级别的申报", "professional.level");
  if (!titlesOf(round.series, level).includes(titleName)) throw invalid("请从列表中选择申报职称", "professional.titleName");
  const refs = referencedFiles(form);
  const owned = await tx.storedFile.findMany({
    where: { id: { in: refs.map((r) => r.fileId) }, ownerUserId: actor.userId },
    select: { id: true, purpose: true },
  });
  const purposeOf = new Map(owned.map((f) => [f.id, f.purpose]));
  for (const r of refs) {
    if (purposeOf.get(r.fileId) !== r.purpose) {
      throw invalid("附件不存在或不属于您，请重新上传", r.section === "photo" ? "photoFileId" : `attachments.${r.section}`);
    }
  }
  return refs;
}

/**
 * 保存: creates the applicant's declaration for a round, or updates it through the state machine's 保存 move (while
 * it is editable, guarded by the state and version the applicant saw: of two tabs saving at once, one wins).
 */
export async function saveDeclaration(opts: { actor: PersonActor; ip: string; input: SaveDeclarationInput }) {
  const { actor, input } = opts;
  const refusal = applyRefusal(actor);
  if (refusal) throw new AppError("FORBIDDEN", refusal);
  const { form } = input;
  const columns = { level: form.professional.level, titleName: form.professional.titleName, form, photoFileId: form.photoFileId };
  try {
    return await db.$transaction(async (tx) => {
      const refs = await checkRoundAndFiles(tx, actor, form);
      const links = (declarationId: string) => refs.map(({ fileId, section }) => ({ declarationId, fileId, section }));
      if (!input.id) {
        const created = await tx.declaration.create({
          data: { ...columns, roundId: form.roundId, applicantId: actor.userId, unitId: actor.unitId! },
        });
        await tx.declarationFile.createMany({ data: links(created.id), skipDuplicates: true });
        await recordAudit(tx, { actor, ip: opts.ip, action: "新增职称申报", entityType: "Declaration", entityId: created.id });
        return { id: created.id, version: created.version };
      }
      const current = await tx.declaration.findFirst({ where: { id: input.id, applicantId: actor.userId } });
      if (!current) throw notFound("申报不存在或您无权修改");
      if (current.roundId !== form.roundId) throw invalid("申报批次不能修改", "roundId");
      if (canMove("resubmitSupplement", current.status) && current.supplementSections.length > 0) {
        const refusal = supplementRefusal(current.supplementSections, current.form as unknown as DeclarationForm, form);
        if (refusal) throw invalid(refusal);
      }
      const seen = { id: current.id, status: current.status, version: input.version ?? -1 };
      await moveDeclaration({ client: tx, actor, ip: opts.ip, declaration: seen, action: "save", form, now: new Date() });
      await tx.declarationFile.deleteMany({ where: { declarationId: current.id } });
      await tx.declarationFile.createMany({ data: links(current.id), skipDuplicates: true });
      return { id: current.id, version: seen.version + 1 };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw invalid("您已填报过该批次的申报，请在列表中点击“编辑”修改", "roundId");
    throw e;
  }
}
