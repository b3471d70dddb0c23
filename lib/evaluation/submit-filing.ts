import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import type { PersonActor } from "@/lib/auth/permissions";
import { grantUnitIds } from "@/lib/auth/scope";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError, forbidden, invalid } from "@/lib/errors";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { checkUpload, type UploadedFile } from "@/lib/storage/check-upload";
import { fileStorage } from "@/lib/storage/file-storage";
import type { FilingValues } from "./schemas";
import { FILING } from "./rules";

const ACCEPTED = ["application/pdf", "image/jpeg", "image/png"];
const MAX_BYTES = 10 * 1024 * 1024;

/**
 * 评审权备案 → 提交: the filing unit's own competent department reviews it first; a unit without one (an HR bureau, a
 * unit bound to no department) goes straight to the province bureau.
 */
export async function submitFiling(opts: { actor: PersonActor; ip: string; input: FilingValues; document: UploadedFile | null }) {
  const [unitId] = grantUnitIds(opts.actor, "filing.submit");
  if (!unitId) throw forbidden("只有自主评审单位或人社部门可以申请评审权备案");
  const file = await checkUpload({ field: "document", label: "备案材料", file: opts.document, maxBytes: MAX_BYTES, accepted: ACCEPTED });
  const key = `filings/${randomUUID()}`;
  await fileStorage().put(key, file.bytes);
  const { input } = opts;
  try {
    return await db.$transaction(async (tx) => {
      const unit = await tx.unit.findUniqueOrThrow({ where: { id: unitId }, include: { superior: true } });
      if (!(await tx.titleSeries.findUnique({ where: { id: input.seriesId } }))) throw invalid("请选择系列", "seriesId");
      let scopeUnitIds: string[] = [];
      if (input.applicantScope === "UNITS") {
        const units = await tx.unit.findMany({ where: { name: { in: input.scopeUnitNames } }, select: { id: true, name: true } });
        const missing = input.scopeUnitNames.filter((n) => !units.some((u) => u.name === n));
        if (missing.length) throw invalid(`未找到单位：${missing.join("、")}（请填写单位的准确名称）`, "scopeUnitNames");
        scopeUnitIds = units.map((u) => u.id);
      }
      if (input.applicantScope === "REGION" && !(await tx.region.findUnique({ where: { code: input.scopeRegionCode } }))) {
        throw invalid("请选择行政区划", "scopeRegionCode");
      }
      const dept = unit.superior?.kind === "COMPETENT_DEPT" ? unit.superior : null;
      const stored = await tx.storedFile.create({
        data: { storageKey: key, originalName: file.name.slice(-200), mime: file.mime, size: file.bytes.byteLength, purpose: "evaluation-filing", ownerUnitId: unitId, ownerUserId: opts.actor.userId },
      });
      const filing = await tx.evaluationFiling.create({
        data: {
          unitId,
          seriesId: input.seriesId,
          specialty: input.specialty || null,
          level: input.level,
          applicantScope: input.applicantScope,
          scopeRegionCode: input.applicantScope === "REGION" ? input.scopeRegionCode : null,
          scopeUnitIds,
          committeeName: input.committeeName,
          validFrom: input.validFrom,
          validTo: input.validTo,
          documentFileIds: [stored.id],
          status: dept ? FILING.pendingDept : FILING.pendingProvince,
          deptUnitId: dept?.id ?? null,
          createdById: opts.actor.userId,
        },
      });
      await recordAudit(tx, {
        actor: opts.actor,
        ip: opts.ip,
        action: "评审权备案",
        entityType: "EvaluationFiling",
        entityId: filing.id,
        detail: { committeeName: input.committeeName, level: input.level, validFrom: input.validFrom, validTo: input.validTo, to: dept?.name ?? "省人社厅" },
      });
      return filing;
    });
  } catch (e) {
    await fileStorage().remove(key);
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", "已有同名的评委会备案", "committeeName");
    throw e;
  }
}
