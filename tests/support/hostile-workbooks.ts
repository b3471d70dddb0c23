import JSZip from "jszip";
import { CERTIFICATE_COLUMNS } from "@/lib/certificates/schemas";

// Workbooks made to cost the reader work: a few hundred KB of zip holding millions of shared strings, blank rows or
// cells, a directory that understates or overstates what a part unpacks to, a part hidden from the directory. Built
// here part by part (jszip is exceljs's own zip library), so each is exactly the attack it names.

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="证书信息" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;

const HEADER_ROW = `<row r="1">${CERTIFICATE_COLUMNS.map((c) => `<c t="inlineStr"><is><t>${c.label}</t></is></c>`).join("")}</row>`;
const sheet = (rows: string) => `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${HEADER_ROW}${rows}</sheetData></worksheet>`;
const strings = (count: number) =>
  `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${count}" uniqueCount="${count}">${"<si><t>a</t></si>".repeat(count)}</sst>`;

async function xlsx(parts: { sheet: string; sharedStrings?: string; extra?: Record<string, string> }) {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", CONTENT_TYPES);
  zip.file("_rels/.rels", ROOT_RELS);
  zip.file("xl/workbook.xml", WORKBOOK);
  zip.file("xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
  for (const [name, text] of Object.entries(parts.extra ?? {})) zip.file(name, text);
  zip.file("xl/sharedStrings.xml", parts.sharedStrings ?? strings(0));
  zip.file("xl/worksheets/sheet1.xml", parts.sheet);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

/** The template's header, then `count` shared strings that no cell uses. */
export const manySharedStrings = (count: number) => xlsx({ sheet: sheet(""), sharedStrings: strings(count) });

/** The template's header, then `count` rows without a cell. */
export const blankRows = (count: number) => xlsx({ sheet: sheet(Array.from({ length: count }, (_, i) => `<row r="${i + 2}"/>`).join("")) });

/** The template's header, then one row of `count` empty cells. */
export const manyCells = (count: number) => xlsx({ sheet: sheet(`<row r="2">${"<c/>".repeat(count)}</row>`) });

/** A zip directory entry (PK\1\2) of `name`, to rewrite what it declares. */
function directoryEntry(zip: Buffer, name: string) {
  for (let at = zip.indexOf("PK\u0001\u0002"); at >= 0; at = zip.indexOf("PK\u0001\u0002", at + 4)) {
    const nameLength = zip.readUInt16LE(at + 28);
    if (zip.toString("utf8", at + 46, at + 46 + nameLength) === name) return at;
  }
  throw new Error(`${name} not in the directory`);
}

/** A plain template header whose worksheet part claims to unpack to `bytes` (the directory's size field). */
export async function declaredSize(bytes: number) {
  const zip = await blankRows(1000);
  zip.writeUInt32LE(bytes, directoryEntry(zip, "xl/worksheets/sheet1.xml") + 24);
  return zip;
}

/**
 * A part the directory does not list, between the listed ones: a reader that walks the file from its start (as
 * exceljs's does) would unpack it, one that reads the directory would not see it.
 */
export async function hiddenPart(hidden: string) {
  const zip = await xlsx({ sheet: sheet(""), extra: { "xl/hidden.xml": hidden } });
  const entry = directoryEntry(zip, "xl/hidden.xml");
  const entryLength = 46 + zip.readUInt16LE(entry + 28) + zip.readUInt16LE(entry + 30) + zip.readUInt16LE(entry + 32);
  const eocd = zip.lastIndexOf("PK\u0005\u0006");
  const out = Buffer.concat([zip.subarray(0, entry), zip.subarray(entry + entryLength)]);
  const at = eocd - entryLength;
  out.writeUInt16LE(out.readUInt16LE(at + 8) - 1, at + 8);
  out.writeUInt16LE(out.readUInt16LE(at + 10) - 1, at + 10);
  out.writeUInt32LE(out.readUInt32LE(at + 12) - entryLength, at + 12);
  return out;
}
