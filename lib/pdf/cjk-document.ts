import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import PDFDocument from "pdfkit";

// pdfkit needs a complete CJK TrueType font (web-font subsets print blank). Noto Sans SC ships whole TTFs;
// pdfkit embeds only the glyphs a document uses, so a page stays small. The files are read from the project's
// node_modules (never bundled; the static paths let the build trace exactly these two files) and kept in memory
// after the first document.
/** Font names registered on every CJK document: `doc.font(CJK_FONT.bold)`. */
export const CJK_FONT = { regular: "NotoSansSC", bold: "NotoSansSC-Bold" } as const;

let fontData: Promise<{ regular: Buffer; bold: Buffer }> | undefined;

function loadFonts() {
  fontData ??= (async () => {
    const [regular, bold] = await Promise.all([
      readFile(path.join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf")),
      readFile(path.join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf")),
    ]);
    return { regular, bold };
  })().catch((error: unknown) => {
    fontData = undefined;
    throw error;
  });
  return fontData;
}

export type CjkDocument = {
  doc: PDFKit.PDFDocument;
  /** Ends the document and resolves with the whole file. */
  finish: () => Promise<Buffer>;
};

/**
 * An A4 pdfkit document whose default font is Noto Sans SC (bold registered as CJK_FONT.bold).
 * Pages are buffered so callers can go back and stamp page numbers before `finish()`.
 */
export async function createCjkDocument(options: { title: string; margin?: number } & Omit<PDFKit.PDFDocumentOptions, "font">): Promise<CjkDocument> {
  const { title, margin = 50, ...rest } = options;
  const fonts = await loadFonts();
  const doc = new PDFDocument({
    size: "A4",
    margin,
    bufferPages: true,
    lang: "zh-CN",
    displayTitle: true,
    info: { Title: title },
    ...rest,
    // No built-in Helvetica: the CJK font is registered below, before the first page.
    font: null as unknown as string,
    autoFirstPage: false,
  });
  doc.registerFont(CJK_FONT.regular, fonts.regular);
  doc.registerFont(CJK_FONT.bold, fonts.bold);
  doc.font(CJK_FONT.regular);
  if (rest.autoFirstPage !== false) doc.addPage();

  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  return {
    doc,
    finish: () => {
      doc.end();
      return done;
    },
  };
}

/** Stamps "第 n 页 共 m 页" centred in the bottom margin of every buffered page. */
export function stampPageNumbers(doc: PDFKit.PDFDocument, fontSize = 9) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const { margins, width, height } = doc.page;
    const bottom = margins.bottom;
    // Writing inside the bottom margin would otherwise make pdfkit start a new page.
    margins.bottom = 0;
    doc
      .font(CJK_FONT.regular)
      .fontSize(fontSize)
      .fillColor("#444444")
      .text(`第 ${i - start + 1} 页 共 ${count} 页`, margins.left, height - bottom / 2 - fontSize / 2, {
        width: width - margins.left - margins.right,
        align: "center",
        lineBreak: false,
      });
    margins.bottom = bottom;
  }
}
