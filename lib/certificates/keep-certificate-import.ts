import "server-only";
import { notFound } from "@/lib/errors";
import { fileStorage } from "@/lib/storage/file-storage";
import { claimTemporaryFile, readTemporaryFile } from "@/lib/storage/temporary-files";
import { IMPORT_UPLOAD_PURPOSE } from "./check-certificate-import";
import { checkWorkbook, writeCheckedRows, type ImportReport, type ImportStep } from "./import-certificates";
import { IMPORT_UPLOAD_MINUTES } from "./import-limits";
import { unitForEntry } from "./unit-for-entry";

const GONE = `校验结果已失效（超过${IMPORT_UPLOAD_MINUTES}分钟或已导入），请重新选择文件校验`;

/**
 * 证书补录 → 导入 → 导入正确的行: the workbook this handler checked for this unit, named by the reference the check
 * gave. Its rows are checked again (the database may have changed since) and the good ones written in one
 * transaction, which also takes the workbook out, so it is imported once; its bytes go once that has committed.
 * Another handler's reference, an expired one or one already used is refused alike.
 */
export async function keepCertificateImport(o: ImportStep & { upload: string }): Promise<ImportReport> {
  const unitId = unitForEntry(o.actor);
  const ref = { id: o.upload, purpose: IMPORT_UPLOAD_PURPOSE, ownerUserId: o.actor.userId, ownerUnitId: unitId, now: o.now ?? new Date() };
  const file = await readTemporaryFile(ref);
  if (!file) throw notFound(GONE);
  const checked = await checkWorkbook(file.bytes, o.onProgress);
  const report = await writeCheckedRows({
    actor: o.actor,
    ip: o.ip,
    unitId,
    checked,
    onProgress: o.onProgress,
    first: async (tx) => {
      if (!(await claimTemporaryFile(tx, ref))) throw notFound(GONE);
    },
  });
  await fileStorage().remove(file.storageKey);
  return report;
}
