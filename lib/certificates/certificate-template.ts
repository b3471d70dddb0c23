import "server-only";
import { writeXlsx } from "@/lib/export/xlsx";
import { CERTIFICATE_COLUMNS } from "./schemas";

/** The import template: the header row only, in the order the import expects. */
export function certificateTemplate() {
  return writeXlsx<never>({ sheetName: "证书信息", columns: CERTIFICATE_COLUMNS.map((c) => ({ header: c.label, value: () => null })), rows: [] });
}
