import { execFileSync } from "node:child_process";
import { pdfText } from "./pdf-text";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderPublicityTable, type PublicityTable } from "@/lib/pdf/publicity-table";

const SURNAMES = ["张", "李", "王", "欧阳", "司马", "陈"];
const GIVEN_NAMES = ["伟", "芳", "秀英", "建国", "明月", "静", "晓东", "丽", "海涛", "玉兰"];
const rows = Array.from({ length: 60 }, (_, i) => ({
  name: `${SURNAMES[i % SURNAMES.length]}${GIVEN_NAMES[Math.floor(i / SURNAMES.length)]}`,
  idNumberMasked: `5201**********${String(1000 + i)}`,
  currentTitle: i % 7 === 0 ? "工程师（建筑工程技术方向）" : "助理工程师",
  targetTitle: i % 5 === 0 ? "正高级工程师" : "工程师",
  specialty: i % 2 === 0 ? "土木工程" : "道路与桥梁工程",
}));

const table: PublicityTable = {
  title: "2026年度工程系列职称评审申报公示",
  unitName: "贵州省交通规划勘察设计研究院股份有限公司",
  startDate: "2026年11月25日",
  endDate: "2026年12月1日",
  workingDays: 5,
  contactName: "王老师",
  contactPhone: "0851-85551234",
  content: "经单位内部核验，现将以下人员申报2026年度工程系列职称评审的有关情况予以公示。",
  rows,
  printedAt: "2026-11-24 20:30:00",
};

/** The text of each page, as `pdftotext -layout` reads it (pages are separated by form feeds). */
function pagesOf(pdf: Buffer) {
  return pdfText(pdf)
    .split("\f")
    .filter((page) => page.trim() !== "");
}

describe("公示表 PDF", () => {
  it("prints the notice and all 60 candidates across pages with the header repeated and page numbers", async () => {
    const pdf = await renderPublicityTable(table);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const pages = pagesOf(pdf);
    expect(pages.length).toBeGreaterThan(1);
    const all = pages.join("\n");

    expect(pages[0]).toContain("2026年度工程系列职称评审申报公示");
    expect(pages[0]).toMatch(/公示单位：贵州省交通规划勘察设计研究院股份有限公司/);
    expect(pages[0]).toMatch(/公示期：2026年11月25日 至 2026年12月1日（5个工作日）/);
    expect(pages[0]).toContain("经单位内部核验");
    for (const [i, row] of rows.entries()) {
      expect(all).toMatch(new RegExp(`\\b${i + 1}\\s+${row.name}\\s+${row.idNumberMasked.replaceAll("*", "\\*")}`));
    }
    expect(all).toContain("正高级工程师");
    expect(all).toContain("道路与桥梁工程");

    pages.forEach((page, i) => {
      expect(page).toMatch(/序号\s+姓名\s+身份证号\s+现任职称\s+申报职称\s+专业/);
      expect(page).toMatch(new RegExp(`第\\s*${i + 1}\\s*页\\s*共\\s*${pages.length}\\s*页`));
    });
    const last = pages.at(-1)!;
    expect(last).toContain("联系人：王老师");
    expect(last).toContain("联系电话：0851-85551234");
    expect(last).toContain("打印时间：2026-11-24 20:30:00");
  });

  it("keeps the title in the document information and embeds only a subset of the font", async () => {
    const pdf = await renderPublicityTable({ ...table, rows: rows.slice(0, 3) });
    const file = path.join(mkdtempSync(path.join(tmpdir(), "publicity-")), "short.pdf");
    writeFileSync(file, pdf);
    expect(execFileSync("pdfinfo", [file], { encoding: "utf8" })).toMatch(/Title:\s+2026年度工程系列职称评审申报公示/);
    expect(execFileSync("pdffonts", [file], { encoding: "utf8" })).toMatch(/\+NotoSansSC-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(pdf.length).toBeLessThan(200_000);
    expect(pagesOf(pdf)).toHaveLength(1);
  });

  it("an empty list prints 无 under the header", async () => {
    const pages = pagesOf(await renderPublicityTable({ ...table, rows: [] }));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatch(/专业\s*\n\s*无\s*\n/);
  });
});
