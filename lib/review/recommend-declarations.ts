import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { unitsInScopeSql } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { conflict, invalid } from "@/lib/errors";
import type { DeclarationStatus } from "@/lib/db/generated/enums";
import { checkUpload, type UploadedFile } from "@/lib/storage/check-upload";
import { fileStorage } from "@/lib/storage/file-storage";
import { moveDeclaration } from "@/lib/declarations/move-declaration";
import { canMove, STATUS_LABELS } from "@/lib/declarations/state-machine";
import { recommendationTargetOf } from "@/lib/units/pipeline-targets";

export const RECOMMENDATION_FILES = {
  integrityFile: { label: "《诚信承诺书》", purpose: "recommendation-integrity" },
  publicityNoteFile: { label: "《公示情况说明》", purpose: "recommendation-publicity-note" },
} as const;
type FileField = keyof typeof RECOMMENDATION_FILES;

const ACCEPTED = ["application/pdf", "image/jpeg", "image/png"];
const MAX_BYTES = 5 * 1024 * 1024;

type Listed = { id: string; status: DeclarationStatus; version: number; unitId: string; applicantName: string };

/**
 * 单位推荐上报 → 推荐 → 上报: the ticked publicized declarations, with the unit's two statements (checked by content),
 * go to the unit's superior (主管部门（上级推送节点）) or else to the HR bureau of its region, in one transaction.
 */
export async function recommendDeclarations(opts: {
  actor: PersonActor;
  ip: string;
  input: { note: string; declarationIds: string[] };
  files: Record<FileField, UploadedFile | null>;
  now?: Date;
}) {
  const checked = {
    integrityFile: await checkUpload({ field: "integrityFile", label: RECOMMENDATION_FILES.integrityFile.label, file: opts.files.integrityFile, maxBytes: MAX_BYTES, accepted: ACCEPTED }),
    publicityNoteFile: await checkUpload({ field: "publicityNoteFile", label: RECOMMENDATION_FILES.publicityNoteFile.label, file: opts.files.publicityNoteFile, maxBytes: MAX_BYTES, accepted: ACCEPTED }),
  };
  const ids = [...new Set(opts.input.declarationIds)];
  const keys = { integrityFile: `recommendations/${randomUUID()}`, publicityNoteFile: `recommendations/${randomUUID()}` };
  for (const field of Object.keys(keys) as FileField[]) await fileStorage().put(keys[field], checked[field].bytes);
  try {
    return await db.$transaction(async (tx) => {
      const listed = await tx.$queryRaw<Listed[]>`
        SELECT d.id, d.status::text AS status, d.version, d."unitId", u.name AS "applicantName"
          FROM "Declaration" d JOIN "User" u ON u.id = d."applicantId"
         WHERE d.id = ANY(${ids}::text[]) AND d."unitId" IN (${unitsInScopeSql(opts.actor, "recommendation.submit")})`;
      if (listed.length !== ids.length) throw invalid("所选申报有不存在或不属于本单位的，请刷新后重新勾选", "declarationIds");
      const units = new Set(listed.map((d) => d.unitId));
      if (units.size !== 1) throw invalid("一次推荐只能包含同一单位的申报人", "declarationIds");
      const notReady = listed.find((d) => !canMove("recommend", d.status));
      if (notReady) throw conflict(`${notReady.applicantName}的申报当前状态为「${STATUS_LABELS[notReady.status]}」，须完成公示后才能推荐上报`);
      const unitId = [...units][0];
      const target = await recommendationTargetOf(tx, unitId);
      const fileIds = {} as Record<FileField, string>;
      for (const field of Object.keys(keys) as FileField[]) {
        const file = checked[field];
        const stored = await tx.storedFile.create({
          data: { storageKey: keys[field], originalName: file.name.slice(-200), mime: file.mime, size: file.bytes.byteLength, purpose: RECOMMENDATION_FILES[field].purpose, ownerUnitId: unitId, ownerUserId: opts.actor.userId },
        });
        fileIds[field] = stored.id;
      }
      const recommendation = await tx.recommendation.create({
        data: { unitId, targetUnitId: target.id, note: opts.input.note, integrityFileId: fileIds.integrityFile, publicityNoteFileId: fileIds.publicityNoteFile, createdById: opts.actor.userId },
      });
      const now = opts.now ?? new Date();
      for (const d of listed) {
        await moveDeclaration({ client: tx, actor: opts.actor, ip: opts.ip, declaration: d, action: "recommend", recommendationId: recommendation.id, holderUnitId: target.id, now });
      }
      await recordAudit(tx, {
        actor: opts.actor,
        ip: opts.ip,
        action: "推荐上报",
        entityType: "Recommendation",
        entityId: recommendation.id,
        detail: { target: target.name, declarations: ids },
      });
      return { recommendation, target };
    });
  } catch (e) {
    for (const key of Object.values(keys)) await fileStorage().remove(key);
    throw e;
  }
}
