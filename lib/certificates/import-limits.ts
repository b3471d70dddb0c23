// Stated on the import page before the user picks a file, and enforced by the import itself (under the 12MB every
// request is held to; 100,000 rows of the template take about 5MB). A checked workbook waits for 导入 on the server
// for IMPORT_UPLOAD_MINUTES.
export const IMPORT_LIMITS = { maxRows: 100_000, maxBytes: 10 * 1024 * 1024 };
export const IMPORT_UPLOAD_MINUTES = 30;
export const IMPORT_LIMITS_TEXT = `每次最多导入${IMPORT_LIMITS.maxRows.toLocaleString("zh-CN")}行，文件不超过${IMPORT_LIMITS.maxBytes / 1024 / 1024}MB，仅支持.xlsx格式（请先下载模板）；校验后${IMPORT_UPLOAD_MINUTES}分钟内可导入`;
