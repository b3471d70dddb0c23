import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { WORKBOOK_BOUNDS } from "@/lib/certificates/import-limits";
import { checkWorkbookBounds, newWorkbookTally, type WorkbookBounds } from "@/lib/certificates/workbook-bounds";
import { blankRows, declaredSize, hiddenPart, manyCells, manySharedStrings } from "../support/hostile-workbooks";
import { certificateWorld, checkImport, rowOf, workbook } from "./certificates-fixtures";

// 证书补录 → 导入 → 校验 of workbooks made to cost work: each is refused with its reason, the counted work stops one
// past its bound, and nothing is kept or written.

const small: WorkbookBounds = { maxParts: 20, maxUnzippedBytes: 4 * 1024 * 1024, maxSharedStrings: 1_000, maxRows: 1_000, maxCells: 5_000 };

/** The refusal of a bounds check, with what it had read when it stopped. */
async function refused(file: Uint8Array, bounds: WorkbookBounds) {
  const tally = newWorkbookTally();
  const error = await checkWorkbookBounds(file, bounds, tally).then(
    () => null,
    (e: Error) => e,
  );
  expect(error, "the workbook was accepted").not.toBeNull();
  return { message: error!.message, tally };
}

describe("a workbook's work is bounded by what it declares and what is read", () => {
  it("a template workbook of 1,000 rows passes, every row and cell counted", async () => {
    const w = await certificateWorld();
    const file = await workbook(Array.from({ length: 1000 }, (_, i) => rowOf(w, i + 1)));
    const tally = await checkWorkbookBounds(file, WORKBOOK_BOUNDS);
    expect(tally).toMatchObject({ rows: 1001, cells: 12 * 1001 });
    expect(tally.sharedStrings).toBeGreaterThan(1000);
    expect(tally.sharedStrings).toBeLessThanOrEqual(12 * 1001);
  });

  it("stops reading shared strings one past the bound", async () => {
    const { message, tally } = await refused(await manySharedStrings(50_000), small);
    expect(message).toBe("文件中的文字条目超过1,000个，请确认是用模板填写的.xlsx文件");
    expect(tally.sharedStrings).toBe(small.maxSharedStrings + 1);
  });

  it("counts blank rows: stops one past the bound (the header on top)", async () => {
    const { message, tally } = await refused(await blankRows(200_000), small);
    expect(message).toBe("工作表超过1,000行（空行也计入），请删除多余的行或拆分后分批导入");
    expect(tally.rows).toBe(small.maxRows + 2);
  });

  it("stops counting cells one past the bound", async () => {
    const { message, tally } = await refused(await manyCells(100_000), small);
    expect(message).toBe("工作表的单元格超过5,000个，请只保留模板的列后再导入");
    expect(tally.cells).toBe(small.maxCells + 1);
  });

  it("refuses by the directory's declared sizes before unpacking anything", async () => {
    const { message, tally } = await refused(await declaredSize(300 * 1024 * 1024), WORKBOOK_BOUNDS);
    expect(message).toBe("文件解压后超过200MB，请确认是用模板填写的.xlsx文件");
    expect(tally.unzippedBytes).toBe(0);
  });

  it("a part that unpacks to more than the directory says is refused as it is unpacked", async () => {
    const { message, tally } = await refused(await declaredSize(1000), WORKBOOK_BOUNDS);
    expect(message).toBe("无法读取该文件，请确认是用模板填写的.xlsx文件");
    expect(tally.unzippedBytes).toBeLessThan(1000 + 64 * 1024);
  });

  it("refuses a part hidden from the directory, which a reader walking the file would unpack", async () => {
    expect((await refused(await hiddenPart("<x/>".repeat(1000)), WORKBOOK_BOUNDS)).message).toBe("无法读取该文件，请确认是用模板填写的.xlsx文件");
  });

  it("校验 refuses the hostile workbooks at the platform's bounds, keeping and writing nothing", async () => {
    const w = await certificateWorld();
    const before = { files: await db.storedFile.count(), certificates: await db.certificate.count(), audit: await db.auditLog.count() };
    await expect(checkImport(w.handler, await manySharedStrings(WORKBOOK_BOUNDS.maxSharedStrings + 10))).rejects.toThrow("文件中的文字条目超过2,000,020个");
    await expect(checkImport(w.handler, await blankRows(WORKBOOK_BOUNDS.maxRows + 10))).rejects.toThrow("工作表超过100,000行（空行也计入）");
    await expect(checkImport(w.handler, await declaredSize(2 ** 32 - 1))).rejects.toThrow("文件解压后超过200MB");
    expect({ files: await db.storedFile.count(), certificates: await db.certificate.count(), audit: await db.auditLog.count() }).toEqual(before);
  });
});
