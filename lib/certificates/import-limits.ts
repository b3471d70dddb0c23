// Stated on the import page before the user picks a file, and enforced by the import itself.
export const IMPORT_LIMITS = { maxRows: 100_000, maxBytes: 20 * 1024 * 1024 };
export const IMPORT_LIMITS_TEXT = `每次最多导入${IMPORT_LIMITS.maxRows.toLocaleString("zh-CN")}行，文件不超过${IMPORT_LIMITS.maxBytes / 1024 / 1024}MB，仅支持.xlsx格式（请先下载模板）`;
