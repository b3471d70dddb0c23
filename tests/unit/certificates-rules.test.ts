import { describe, expect, it } from "vitest";
import { downloadable, lookupCriteria, photoDimensionProblem, photoSizeProblem, submitProblem } from "@/lib/certificates/rules";
import { checkRows } from "@/lib/certificates/import-rows";
import { certificateRow } from "../support/certificate-rows";

describe("证书规则", () => {
  it("two of three criteria, one alone is not enough", () => {
    expect(lookupCriteria({ name: "张三" })).toBeNull();
    expect(lookupCriteria({ name: " ", idNumber: "x" })).toBeNull();
    expect(lookupCriteria({ name: "张三", number: "A1" })).toEqual({ name: "张三", idNumber: "", number: "A1" });
    expect(lookupCriteria({ idNumber: "52010219850101001x", number: "A1" })?.idNumber).toBe("52010219850101001X");
  });
  it("electronic certificates from 2020 on", () => {
    expect(downloadable("2019-12-31")).toBe(false);
    expect(downloadable("2020-01-01")).toBe(true);
  });
  it("a 1-inch ID photo: 295 × 413 within tolerance, 10–500 KB", () => {
    expect(photoDimensionProblem(295, 413)).toBeNull();
    expect(photoDimensionProblem(310, 434)).toBeNull();
    expect(photoDimensionProblem(413, 295)).toMatch("比例");
    expect(photoDimensionProblem(590, 826)).toMatch("尺寸");
    expect(photoSizeProblem(9 * 1024)).toMatch("过小");
    expect(photoSizeProblem(501 * 1024)).toMatch("过大");
    expect(photoSizeProblem(100 * 1024)).toBeNull();
  });
  it("提交 needs every photo approved", () => {
    expect(submitProblem([])).toBe("没有待提交的证书");
    expect(submitProblem([{ photoStatus: "APPROVED" }, { photoStatus: "UPLOADED" }])).toMatch("还有1条");
    expect(submitProblem([{ photoStatus: "APPROVED" }])).toBeNull();
  });
  it("import rows: each reason on its row, duplicates within the file named by the first row", () => {
    const rows = [certificateRow("U", 1), certificateRow("U", 1), certificateRow("U", 2, { obtainedOn: "2099-01-01" }), certificateRow("U", 3, { gender: "" })];
    const { good, bad } = checkRows(rows.map((cells, i) => ({ rowNumber: i + 2, cells })));
    expect(good.map((g) => g.rowNumber)).toEqual([2]);
    expect(bad).toEqual([
      { rowNumber: 3, reason: "证书编号U0000001与第2行重复" },
      { rowNumber: 4, reason: "取得资格时间不能晚于今天" },
      { rowNumber: 5, reason: "性别应为男或女" },
    ]);
  });
});
