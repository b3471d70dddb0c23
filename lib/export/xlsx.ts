import "server-only";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { downloadResponse } from "./download-response";

export type XlsxColumn<T> = { header: string; width?: number; value: (row: T) => string | number | null };

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * One sheet: a bold, frozen header row, then one row per item. Rows are written as they are read (exceljs's
 * streaming writer), so a long export never holds every row object at once, only the finished file.
 */
export async function writeXlsx<T>(o: { sheetName: string; columns: XlsxColumn<T>[]; rows: Iterable<T> | AsyncIterable<T> }): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("error", reject);
  });

  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  const sheet = workbook.addWorksheet(sheetTitle(o.sheetName), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = o.columns.map((c) => ({ header: neutralised(c.header), width: c.width ?? defaultWidth(c.header) }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  for await (const row of o.rows) {
    sheet.addRow(o.columns.map((c) => neutralised(c.value(row)))).commit();
  }
  sheet.commit();
  await workbook.commit();
  await ended;
  return Buffer.concat(chunks);
}

// Text a spreadsheet could take for a formula (=, +, - or @ first; a tab or carriage return before one) is written
// with a leading apostrophe, as OWASP advises: a name such as =HYPERLINK(…) then shows as the text it is, also once
// the cell is edited or the sheet saved as CSV. Numbers are written as numbers.
const FORMULA_START = /^[=+\-@\t\r]/;

function neutralised<V extends string | number | null>(value: V): V | string {
  return typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : value;
}

/** A download of an .xlsx file named in Chinese (".xlsx" is added when missing). */
export function xlsxResponse(buffer: Buffer, filename: string): Response {
  const name = filename.toLowerCase().endsWith(".xlsx") ? filename : `${filename}.xlsx`;
  return downloadResponse(buffer, { filename: name, contentType: XLSX_TYPE });
}

// Excel refuses sheet names over 31 characters or containing any of : \ / ? * [ ].
function sheetTitle(name: string) {
  return name.replace(/[:\\/?*[\]]/g, "_").slice(0, 31) || "Sheet1";
}

// A CJK character is about two Latin widths in Excel's width unit.
function defaultWidth(header: string) {
  return Math.max(10, [...header].reduce((w, ch) => w + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0) + 2);
}
