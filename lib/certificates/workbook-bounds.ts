import "server-only";
import yauzl from "yauzl";
import { AppError, invalid } from "@/lib/errors";

// An .xlsx file is a zip of XML parts, and a few MB of zip can unpack to GBs or hold tens of millions of strings,
// cells or blank rows, none of which counts as a data row. Before the workbook reader sees a file, this pass bounds
// its work by what the file declares (the zip directory's sizes) and by what is actually read (bytes inflated,
// shared strings, rows including blank ones, cells), stopping at the first bound passed.

/** `maxRows` counts data rows: the header row comes on top. */
export type WorkbookBounds = { maxParts: number; maxUnzippedBytes: number; maxSharedStrings: number; maxRows: number; maxCells: number };
/** What the pass read; it stops one past a bound at most. */
export type WorkbookTally = { parts: number; unzippedBytes: number; sharedStrings: number; rows: number; cells: number };

export const newWorkbookTally = (): WorkbookTally => ({ parts: 0, unzippedBytes: 0, sharedStrings: 0, rows: 0, cells: 0 });

const UNREADABLE = "无法读取该文件，请确认是用模板填写的.xlsx文件";
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** The parts the workbook reader parses element by element; in them shared strings, rows and cells are counted. */
const SHARED_STRINGS = /^xl\/sharedStrings\.xml$/;
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
// An element's start tag, with or without a namespace prefix: <si>, <x:row r="2">, <c r="A1"/> (not <col>, <cfRule>).
const COUNTED_TAG = /<(?:[A-Za-z_][\w.-]*:)?(si|row|c)[\s/>]/g;

export async function checkWorkbookBounds(bytes: Uint8Array, bounds: WorkbookBounds, tally = newWorkbookTally()): Promise<WorkbookTally> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: true }).catch(() => {
    throw invalid(UNREADABLE, "file");
  });
  try {
    if (zip.entryCount > bounds.maxParts) throw invalid(`文件包含的部件过多（${zip.entryCount}个），请确认是用模板填写的.xlsx文件`, "file");
    const entries: yauzl.Entry[] = [];
    for await (const entry of zip.eachEntry()) entries.push(entry);
    // Each part is unpacked to its declared size at most (yauzl counts as it inflates and stops a part that runs
    // past it), so the declared total bounds the bytes unpacked.
    const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
    if (declared > bounds.maxUnzippedBytes) throw invalid(`文件解压后超过${mb(bounds.maxUnzippedBytes)}MB，请确认是用模板填写的.xlsx文件`, "file");
    await checkContiguous(zip, entries, buffer);
    for (const entry of entries) {
      tally.parts += 1;
      await readPart(zip, entry, bounds, tally);
    }
    return tally;
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw invalid(UNREADABLE, "file");
  } finally {
    zip.close();
  }
}

/**
 * The workbook reader walks the parts one after another from the start of the file, where this pass reads them by
 * the directory at the end: the two agree only when the parts the directory lists lie end to end from the first byte
 * to the directory, with nothing hidden between them.
 */
async function checkContiguous(zip: yauzl.ZipFile, entries: yauzl.Entry[], buffer: Buffer) {
  const eocd = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const directoryStart = buffer.readUInt32LE(eocd + 16);
  let next = 0;
  for (const entry of [...entries].sort((a, b) => a.relativeOffsetOfLocalHeader - b.relativeOffsetOfLocalHeader)) {
    if (entry.relativeOffsetOfLocalHeader !== next) throw invalid(UNREADABLE, "file");
    const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
    const end = fileDataStart + entry.compressedSize;
    // A part written as a stream is followed by its sizes (12 to 24 bytes, by signature and zip64).
    next = entry.generalPurposeBitFlag & 0x8 ? dataDescriptorEnd(buffer, end) : end;
  }
  if (next !== directoryStart) throw invalid(UNREADABLE, "file");
}

function dataDescriptorEnd(buffer: Buffer, end: number) {
  const signed = buffer.readUInt32LE(end) === 0x08074b50;
  const length = (signed ? 4 : 0) + 12;
  // zip64 sizes (8 bytes each) when the next signature is not where 32-bit sizes would end.
  const isSignature = (at: number) => at + 4 <= buffer.length && [0x04034b50, 0x02014b50].includes(buffer.readUInt32LE(at));
  return isSignature(end + length) ? end + length : end + length + 8;
}

/** Inflates one part, counting its bytes and, in the parsed parts, the elements that make work for the reader. */
async function readPart(zip: yauzl.ZipFile, entry: yauzl.Entry, bounds: WorkbookBounds, tally: WorkbookTally) {
  const counted = SHARED_STRINGS.test(entry.fileName) || WORKSHEET.test(entry.fileName);
  const stream = await zip.openReadStreamPromise(entry);
  let carry = "";
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      tally.unzippedBytes += chunk.length;
      if (!counted) continue;
      // Tags are ASCII: latin1 maps each byte to one character, and a tag split across chunks is carried over.
      const text = carry + chunk.toString("latin1");
      let lastEnd = 0;
      for (const m of text.matchAll(COUNTED_TAG)) {
        lastEnd = m.index + m[0].length;
        count(m[1], bounds, tally);
      }
      const lastTag = text.lastIndexOf("<");
      carry = lastTag >= lastEnd && text.length - lastTag < 64 ? text.slice(lastTag) : "";
    }
  } finally {
    stream.destroy();
  }
}

function count(tag: string, bounds: WorkbookBounds, tally: WorkbookTally) {
  if (tag === "si" && ++tally.sharedStrings > bounds.maxSharedStrings) {
    throw invalid(`文件中的文字条目超过${bounds.maxSharedStrings.toLocaleString("zh-CN")}个，请确认是用模板填写的.xlsx文件`, "file");
  }
  if (tag === "row" && ++tally.rows > bounds.maxRows + 1) {
    throw invalid(`工作表超过${bounds.maxRows.toLocaleString("zh-CN")}行（空行也计入），请删除多余的行或拆分后分批导入`, "file");
  }
  if (tag === "c" && ++tally.cells > bounds.maxCells) {
    throw invalid(`工作表的单元格超过${bounds.maxCells.toLocaleString("zh-CN")}个，请只保留模板的列后再导入`, "file");
  }
}
