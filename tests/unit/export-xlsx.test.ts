import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { contentDisposition } from "@/lib/export/download-response";
import { writeXlsx, xlsxResponse, type XlsxColumn } from "@/lib/export/xlsx";

type Person = { name: string; idNumber: string; hours: number; note: string | null };

const people: Person[] = [
  { name: "张伟", idNumber: "5201**********1234", hours: 90, note: "正高级工程师" },
  { name: "欧阳明月", idNumber: "5201**********002X", hours: 0, note: null },
  { name: "Li Na", idNumber: "5201**********5678", hours: 12, note: "=1+1 不是公式" },
];

const columns: XlsxColumn<Person>[] = [
  { header: "姓名", width: 12, value: (p) => p.name },
  { header: "身份证号", width: 24, value: (p) => p.idNumber },
  { header: "学时", value: (p) => p.hours },
  { header: "备注", value: (p) => p.note },
];

async function readBack(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

function valuesOf(sheet: ExcelJS.Worksheet) {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe("writeXlsx", () => {
  it("writes a bold, frozen header and one row per item that read back unchanged", async () => {
    const buffer = await writeXlsx({ sheetName: "申报人员名单", columns, rows: people });
    expect(buffer.subarray(0, 2).toString()).toBe("PK");
    const sheet = (await readBack(buffer)).getWorksheet("申报人员名单")!;
    expect(valuesOf(sheet)).toEqual([
      ["姓名", "身份证号", "学时", "备注"],
      ["张伟", "5201**********1234", 90, "正高级工程师"],
      ["欧阳明月", "5201**********002X", 0],
      ["Li Na", "5201**********5678", 12, "'=1+1 不是公式"],
    ]);
    expect(sheet.getCell("D4").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("D3").value).toBeNull();
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(2).getCell(1).font?.bold).toBeFalsy();
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.getColumn(1).width).toBe(12);
    expect(sheet.getColumn(2).width).toBe(24);
    expect(sheet.getColumn(4).width).toBe(10);
  });

  it("writes text a spreadsheet would take for a formula with a leading apostrophe, numbers as numbers", async () => {
    const hostile = ['=HYPERLINK("http://evil.example","点我")', "+86 138", "-2+3", "@SUM(A1)", "\t=1", "张=三", "a-b"];
    const rows = hostile.map((note, i) => ({ name: note, idNumber: "", hours: -i - 1, note }));
    const sheet = (await readBack(await writeXlsx({ sheetName: "名单", columns: [...columns, { header: "=危险表头", value: () => null }], rows }))).getWorksheet("名单")!;
    expect(sheet.getCell("E1").value).toBe("'=危险表头");
    hostile.forEach((text, i) => {
      const expected = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
      expect(sheet.getCell(`A${i + 2}`).value).toBe(expected);
      expect(sheet.getCell(`D${i + 2}`).value).toBe(expected);
      expect(sheet.getCell(`C${i + 2}`).value).toBe(-i - 1);
    });
    expect(sheet.getCell("A2").formula).toBeUndefined();
  });

  it("reads rows from an async iterable, such as a paged database cursor", async () => {
    async function* pages() {
      for (let i = 1; i <= 250; i++) yield { name: `申报人${i}`, idNumber: "", hours: i, note: null } satisfies Person;
    }
    const sheet = (await readBack(await writeXlsx({ sheetName: "名单", columns, rows: pages() }))).getWorksheet("名单")!;
    expect(sheet.rowCount).toBe(251);
    expect(sheet.getCell("A251").value).toBe("申报人250");
    expect(sheet.getCell("C251").value).toBe(250);
  });

  it("makes a sheet name Excel accepts", async () => {
    const workbook = await readBack(await writeXlsx({ sheetName: "2026/11 公示[一]：工程系列职称评审申报人员名单汇总表", columns, rows: [] }));
    const [sheet] = workbook.worksheets;
    expect(sheet.name).toBe("2026_11 公示_一_：工程系列职称评审申报人员名单汇总表".slice(0, 31));
    expect(valuesOf(sheet)).toEqual([["姓名", "身份证号", "学时", "备注"]]);
  });
});

describe("xlsxResponse and contentDisposition", () => {
  it("sends the file as a private, unsniffed download named in Chinese", async () => {
    const buffer = await writeXlsx({ sheetName: "名单", columns, rows: people });
    const res = xlsxResponse(buffer, "2026年度申报人员名单");
    expect(res.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("Content-Disposition")).toBe(
      `attachment; filename="2026________.xlsx"; filename*=UTF-8''2026${encodeURIComponent("年度申报人员名单")}.xlsx`,
    );
    expect(res.headers.get("Cache-Control")).toBe("private, no-store");
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(res.headers.get("Content-Length")).toBe(String(buffer.length));
    expect(Buffer.from(await res.arrayBuffer()).equals(buffer)).toBe(true);
  });

  it("percent-encodes the characters RFC 5987 does not allow bare and keeps the fallback quoted-string safe", () => {
    expect(contentDisposition(`职称(2026)'s "名单"*.xlsx`)).toBe(
      `attachment; filename="__(2026)'s ____*.xlsx"; filename*=UTF-8''%E8%81%8C%E7%A7%B0%282026%29%27s%20%22%E5%90%8D%E5%8D%95%22%2A.xlsx`,
    );
    expect(decodeURIComponent(contentDisposition("a b.xlsx").split("''")[1])).toBe("a b.xlsx");
    expect(contentDisposition("公示表.pdf", "inline")).toBe(`inline; filename="___.pdf"; filename*=UTF-8''${encodeURIComponent("公示表")}.pdf`);
  });
});
