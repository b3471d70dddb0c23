import { idNumberProblem } from "@/lib/validation/id-number";
import { certificateSchema, CERTIFICATE_COLUMNS, type CertificateValues } from "./schemas";

// Checking imported rows: every bad row named with its row number and its first reason; pure, so each reason is
// unit-tested, and the database's own duplicates are added by the caller.

export type RawRow = { rowNumber: number; cells: Record<string, string> };
export type GoodRow = { rowNumber: number; values: CertificateValues };
export type BadRow = { rowNumber: number; reason: string };

const LABELS = Object.fromEntries(CERTIFICATE_COLUMNS.map((c) => [c.key, c.label]));

export function checkRows(rows: RawRow[]): { good: GoodRow[]; bad: BadRow[] } {
  const good: GoodRow[] = [];
  const bad: BadRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const row of rows) {
    const parsed = certificateSchema.safeParse(row.cells);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const key = String(issue.path[0] ?? "");
      // The ID field's own message already names it; others get their column's label in front.
      const reason = key === "idNumber" ? (idNumberProblem(row.cells.idNumber ?? "") ?? issue.message) : issue.message;
      bad.push({ rowNumber: row.rowNumber, reason: reason.includes(LABELS[key] ?? "\0") ? reason : `${LABELS[key] ?? key}：${reason}` });
      continue;
    }
    const earlier = firstRowOf.get(parsed.data.number);
    if (earlier !== undefined) {
      bad.push({ rowNumber: row.rowNumber, reason: `证书编号${parsed.data.number}与第${earlier}行重复` });
      continue;
    }
    firstRowOf.set(parsed.data.number, row.rowNumber);
    good.push({ rowNumber: row.rowNumber, values: parsed.data });
  }
  return { good, bad };
}
