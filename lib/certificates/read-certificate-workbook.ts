import "server-only";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { AppError, invalid } from "@/lib/errors";
import { IMPORT_LIMITS, WORKBOOK_BOUNDS } from "./import-limits";
import { checkWorkbookBounds } from "./workbook-bounds";
import { CERTIFICATE_COLUMNS } from "./schemas";
import type { RawRow } from "./import-rows";

// The first sheet of an uploaded workbook as rows of text keyed by field, found by the template's header labels.
// The file's work is bounded first (workbook-bounds.ts), then it is read with exceljs's streaming reader: 100,000 rows in about 2–5 s at 225–310 MB RSS here, where the whole-workbook
// reader (xlsx.load) took 7.9 s and 605 MB. The streaming reader's upstream race (#3064: "reading 'sheets'") shows
// on multi-sheet files; only the first sheet is read here, and should the reader still fail, the user is told the
// file could not be read rather than the server failing.

type CellValue = ExcelJS.CellValue;

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((r) => r.text).join("").trim();
    if ("result" in value) return cellText(value.result as CellValue);
    if ("text" in value) return String(value.text).trim();
    if ("error" in value) return "";
  }
  return String(value).trim();
}

export async function readCertificateWorkbook(bytes: Uint8Array, onRow?: (count: number) => void): Promise<RawRow[]> {
  if (bytes.byteLength > IMPORT_LIMITS.maxBytes) throw invalid(`文件过大，不能超过${IMPORT_LIMITS.maxBytes / 1024 / 1024}MB`, "file");
  // An .xlsx file is a zip archive: "PK\x03\x04".
  if (bytes.byteLength < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw invalid("请上传.xlsx格式的文件（可先下载模板填写）", "file");
  await checkWorkbookBounds(bytes, WORKBOOK_BOUNDS);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(Buffer.from(bytes)), {
    sharedStrings: "cache",
    styles: "ignore",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "emit",
  });
  const rows: RawRow[] = [];
  let columnOf: Map<string, number> | undefined;
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = row.values as CellValue[];
        if (!columnOf) {
          columnOf = new Map();
          // row.values is sparse (1-based, empty cells are holes).
          values.forEach((v, i) => columnOf!.set(cellText(v), i));
          const missing = CERTIFICATE_COLUMNS.filter((c) => !columnOf!.has(c.label)).map((c) => c.label);
          if (missing.length) throw invalid(`第1行应为模板的表头，缺少：${missing.join("、")}。请下载模板后按模板填写`, "file");
          continue;
        }
        const cells: Record<string, string> = {};
        for (const c of CERTIFICATE_COLUMNS) cells[c.key] = cellText(values[columnOf.get(c.label)!]);
        if (Object.values(cells).every((v) => v === "")) continue;
        rows.push({ rowNumber: row.number, cells });
        if (rows.length > IMPORT_LIMITS.maxRows) throw invalid(`每次最多导入${IMPORT_LIMITS.maxRows}行，请拆分后分批导入`, "file");
        if (onRow && rows.length % 1000 === 0) onRow(rows.length);
      }
      break;
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw invalid("无法读取该文件，请确认是用模板填写的.xlsx文件", "file");
  }
  if (!columnOf) throw invalid("文件中没有数据，请按模板填写后再导入", "file");
  return rows;
}
