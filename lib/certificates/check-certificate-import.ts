import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { XLSX_TYPE } from "@/lib/export/xlsx";
import { storeTemporaryFile } from "@/lib/storage/temporary-files";
import type { UploadedFile } from "@/lib/storage/check-upload";
import { checkWorkbook, type ImportReport, type ImportStep } from "./import-certificates";
import { IMPORT_UPLOAD_MINUTES } from "./import-limits";
import { unitForEntry } from "./unit-for-entry";

export const IMPORT_UPLOAD_PURPOSE = "certificate-import";

/**
 * 证书补录 → 导入 → 校验: the row report, saving no certificate. When some rows passed, the workbook stays on the
 * server for this handler and unit and the report names it (`upload`), so 导入 sends a reference, not the file again.
 */
export async function checkCertificateImport(o: ImportStep & { file: UploadedFile }): Promise<ImportReport> {
  const unitId = unitForEntry(o.actor);
  const checked = await checkWorkbook(o.file.bytes, o.onProgress);
  const report: ImportReport = { mode: "check", total: checked.total, kept: 0, bad: checked.bad };
  if (checked.fresh.length === 0) return report;
  const upload = await storeTemporaryFile(
    {
      purpose: IMPORT_UPLOAD_PURPOSE,
      ownerUserId: o.actor.userId,
      ownerUnitId: unitId,
      name: o.file.name,
      mime: XLSX_TYPE,
      bytes: o.file.bytes,
      minutes: IMPORT_UPLOAD_MINUTES,
      now: o.now,
    },
    (tx) =>
      recordAudit(tx, {
        actor: o.actor,
        ip: o.ip,
        action: "证书导入校验",
        entityType: "Unit",
        entityId: unitId,
        detail: { rows: checked.total, good: checked.fresh.length },
      }),
  );
  return { ...report, upload };
}
