import "server-only";
import { CJK_FONT, createCjkDocument, stampPageNumbers } from "./cjk-document";

export type PublicityRow = { name: string; idNumberMasked: string; currentTitle: string; targetTitle: string; specialty: string };

export type PublicityTable = {
  title: string;
  /** How the unit line is labelled: 公示单位 unless told (a 确认单 names the applicants' 申报单位). */
  unitLabel?: string;
  unitName: string;
  startDate: string;
  endDate: string;
  workingDays: number;
  contactName: string;
  contactPhone: string;
  content: string;
  rows: PublicityRow[];
  printedAt: string;
};

type Column = { header: string; width: number; align: "center" | "left"; cell: (row: PublicityRow, index: number) => string };

// Widths in points; they add up to the A4 text width (595.28 − 2 × 50).
const COLUMNS: Column[] = [
  { header: "序号", width: 32, align: "center", cell: (_, i) => String(i + 1) },
  { header: "姓名", width: 72, align: "center", cell: (r) => r.name },
  { header: "身份证号", width: 118, align: "center", cell: (r) => r.idNumberMasked },
  { header: "现任职称", width: 92, align: "left", cell: (r) => r.currentTitle },
  { header: "申报职称", width: 92, align: "left", cell: (r) => r.targetTitle },
  { header: "专业", width: 89.28, align: "left", cell: (r) => r.specialty },
];

const TABLE_WIDTH = COLUMNS.reduce((sum, c) => sum + c.width, 0);
const BODY_SIZE = 10.5;
const CELL_SIZE = 9.5;
const PAD_X = 4;
const PAD_Y = 5;
const BORDER = "#555555";

/** 公示表: the A4 notice posted during 申报公示, with a table of the candidates that repeats its header on every page. */
export async function renderPublicityTable(t: PublicityTable): Promise<Buffer> {
  const { doc, finish } = await createCjkDocument({ title: t.title });
  const left = doc.page.margins.left;
  const textWidth = doc.page.width - left - doc.page.margins.right;

  doc.font(CJK_FONT.bold).fontSize(18).fillColor("black").text(t.title, { align: "center" });
  doc.moveDown(0.8);

  labelled(doc, t.unitLabel ?? "公示单位", t.unitName);
  labelled(doc, "公示期", `${t.startDate} 至 ${t.endDate}（${t.workingDays}个工作日）`);
  labelled(doc, "公示内容", t.content);
  doc.moveDown(0.6);

  drawTable(doc, t.rows);

  doc.moveDown(1);
  keepLinesTogether(doc, 3 * doc.currentLineHeight(true) + 10);
  doc.x = left;
  labelled(doc, "联系人", t.contactName);
  labelled(doc, "联系电话", t.contactPhone);
  doc.font(CJK_FONT.regular).fontSize(BODY_SIZE).text(`打印时间：${t.printedAt}`, left, doc.y, { width: textWidth, align: "right" });

  stampPageNumbers(doc);
  return finish();
}

function labelled(doc: PDFKit.PDFDocument, label: string, value: string) {
  doc.font(CJK_FONT.bold).fontSize(BODY_SIZE).text(`${label}：`, { continued: true });
  doc.font(CJK_FONT.regular).text(value || "—", { lineGap: 2 });
  doc.moveDown(0.3);
}

function bottomLimit(doc: PDFKit.PDFDocument) {
  return doc.page.height - doc.page.margins.bottom;
}

function keepLinesTogether(doc: PDFKit.PDFDocument, height: number) {
  if (doc.y + height > bottomLimit(doc)) doc.addPage();
}

function rowHeight(doc: PDFKit.PDFDocument, cells: string[]) {
  doc.fontSize(CELL_SIZE);
  const heights = cells.map((text, i) => doc.heightOfString(text || " ", { width: COLUMNS[i].width - 2 * PAD_X }));
  return Math.max(...heights) + 2 * PAD_Y;
}

function drawRow(doc: PDFKit.PDFDocument, cells: string[], y: number, height: number, header: boolean) {
  let x = doc.page.margins.left;
  doc.font(header ? CJK_FONT.bold : CJK_FONT.regular).fontSize(CELL_SIZE);
  cells.forEach((text, i) => {
    const { width, align } = COLUMNS[i];
    if (header) doc.rect(x, y, width, height).fillAndStroke("#e8edf3", BORDER);
    else doc.rect(x, y, width, height).stroke(BORDER);
    const options = { width: width - 2 * PAD_X, align: header ? "center" : align };
    const offset = (height - doc.heightOfString(text || " ", options)) / 2;
    doc.fillColor("black").text(text, x + PAD_X, y + offset, options);
    x += width;
  });
}

function drawTable(doc: PDFKit.PDFDocument, rows: PublicityRow[]) {
  doc.lineWidth(0.6);
  const headers = COLUMNS.map((c) => c.header);
  const headerHeight = rowHeight(doc, headers);
  let y = doc.y;
  const header = () => {
    drawRow(doc, headers, y, headerHeight, true);
    y += headerHeight;
  };
  // A header alone at the foot of a page is no use: start the table on the next page when no row fits under it.
  if (rows.length > 0 && y + headerHeight + rowHeight(doc, cellsOf(rows[0], 0)) > bottomLimit(doc)) {
    doc.addPage();
    y = doc.y;
  }
  header();
  if (rows.length === 0) {
    const height = rowHeight(doc, ["无"]);
    doc.rect(doc.page.margins.left, y, TABLE_WIDTH, height).stroke(BORDER);
    doc.font(CJK_FONT.regular).text("无", doc.page.margins.left, y + PAD_Y, { width: TABLE_WIDTH, align: "center" });
    y += height;
  }
  rows.forEach((row, index) => {
    const cells = cellsOf(row, index);
    const height = rowHeight(doc, cells);
    if (y + height > bottomLimit(doc)) {
      doc.addPage();
      y = doc.y;
      header();
    }
    drawRow(doc, cells, y, height, false);
    y += height;
  });
  doc.x = doc.page.margins.left;
  doc.y = y;
}

function cellsOf(row: PublicityRow, index: number) {
  return COLUMNS.map((c) => c.cell(row, index));
}
