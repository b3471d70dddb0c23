import type { WorkbookBounds } from "./workbook-bounds";

// Stated on the import page before the user picks a file, and enforced by the import itself (under the 12MB every
// request is held to; 100,000 rows of the template take about 5MB). A checked workbook waits for 导入 on the server
// for IMPORT_UPLOAD_MINUTES.
export const IMPORT_LIMITS = { maxRows: 100_000, maxBytes: 10 * 1024 * 1024 };

/**
 * What reading one workbook may take, whatever its rows hold: 100,000 rows of the template unpack to about 55MB in
 * 11 parts, with 12 cells a row and at most as many distinct texts; 20 columns a row leave room for a user's own.
 */
export const WORKBOOK_BOUNDS: WorkbookBounds = {
  maxParts: 200,
  maxUnzippedBytes: 200 * 1024 * 1024,
  maxRows: IMPORT_LIMITS.maxRows,
  maxCells: (IMPORT_LIMITS.maxRows + 1) * 20,
  maxSharedStrings: (IMPORT_LIMITS.maxRows + 1) * 20,
};
export const IMPORT_UPLOAD_MINUTES = 30;
export const IMPORT_LIMITS_TEXT = `每次最多导入${IMPORT_LIMITS.maxRows.toLocaleString("zh-CN")}行，文件不超过${IMPORT_LIMITS.maxBytes / 1024 / 1024}MB，仅支持.xlsx格式（请先下载模板）；校验后${IMPORT_UPLOAD_MINUTES}分钟内可导入`;
