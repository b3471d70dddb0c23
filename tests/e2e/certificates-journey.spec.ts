import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { pngPhoto } from "../../prisma/seed/id-photo";
import { DEMO_CERTIFICATES } from "../../prisma/seed/demo-certificates";
import { CERTIFICATE_COLUMNS } from "../../lib/certificates/schemas";
import { certificateRow } from "../support/certificate-rows";
import { loginAs, person } from "./support/demo";

// 证书补录 to 证书查询: the unit imports a workbook with good and bad rows and keeps the good ones, the professional
// uploads a photo (a bad one refused first), the unit approves and 提交, the 专技处 confirms, and a visitor finds the
// certificate by two fields, downloads the electronic certificate and opens its verification page.

async function workbook(rows: Record<string, string>[]) {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("证书信息");
  sheet.addRow(CERTIFICATE_COLUMNS.map((c) => c.label));
  for (const r of rows) sheet.addRow(CERTIFICATE_COLUMNS.map((c) => r[c.key]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
}

test("证书补录 → 照片上传 → 审核提交 → 专技处确认 → 公开查询、下载与验证", async ({ page }) => {
  test.setTimeout(240_000);
  const holder = person("郑三强");
  const prefix = `E2E${Date.now().toString(36).toUpperCase()}`;
  const good = certificateRow(prefix, 1, { name: holder.name, idNumber: holder.idNumber });
  const badId = certificateRow(prefix, 2, { idNumber: `${holder.idNumber.slice(0, 17)}${holder.idNumber.endsWith("0") ? "1" : "0"}` });
  const duplicate = certificateRow(prefix, 1, { name: "重复人" });

  // The unit imports: the report names each bad row; only the good row is kept.
  await loginAs(page, "钱证书");
  await page.getByRole("navigation", { name: "主菜单" }).getByRole("link", { name: "证书补录", exact: true }).click();
  await page.getByRole("link", { name: "导入", exact: true }).click();
  await expect(page.getByText("每次最多导入100,000行")).toBeVisible();
  await page.getByLabel("导入文件").setInputFiles({ name: "证书.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: await workbook([good, badId, duplicate]) });
  await page.getByRole("button", { name: "校验" }).click();
  await expect(page.getByTestId("import-summary")).toHaveText("共3行：正确1行，错误2行。");
  await expect(page.getByTestId("bad-row")).toHaveText([/第3行\s*身份证号校验位不正确/, new RegExp(`第4行\\s*证书编号${good.number}与第2行重复`)]);
  await expect(page.getByRole("progressbar", { name: "导入进度" })).toHaveAttribute("value", "100");
  // 导入 names the workbook 校验 left on the server: the file is not sent again.
  const [keep] = await Promise.all([
    page.waitForRequest((r) => r.url().endsWith("/api/certificates/import") && r.method() === "POST"),
    page.getByRole("button", { name: "导入正确的行" }).click(),
  ]);
  expect(keep.postDataBuffer()!.toString("latin1")).not.toContain("filename=");
  expect(keep.postDataBuffer()!.byteLength).toBeLessThan(1024);
  await expect(page.getByTestId("import-summary")).toHaveText("导入完成：已导入1行，未导入2行。");
  await page.getByRole("link", { name: "返回证书补录" }).click();
  await expect(page.getByTestId("certificate-row").filter({ hasText: good.number })).toContainText("补录中");
  await signOut(page);

  // The professional uploads a photo: a bad one is refused with its reason first.
  await loginAs(page, holder.name);
  await page.getByRole("navigation", { name: "主菜单" }).getByRole("link", { name: "职称证书补录" }).click();
  await page.getByRole("link", { name: `照片上传 ${good.number}` }).click();
  await expect(page.getByRole("heading", { name: "照片上传" })).toBeVisible();
  await page.getByLabel("照片", { exact: true }).setInputFiles({ name: "照片.png", mimeType: "image/png", buffer: pngPhoto(400, 413) });
  await page.getByRole("button", { name: "提交", exact: true }).click();
  await expect(page.getByText(/照片比例不符合一寸证件照要求/)).toBeVisible();
  await page.getByLabel("照片", { exact: true }).setInputFiles({ name: "照片.png", mimeType: "image/png", buffer: pngPhoto() });
  await page.getByRole("button", { name: "提交", exact: true }).click();
  await expect(page.getByTestId("form-message")).toHaveText("照片已提交，请等待评委会组建单位审核");
  await signOut(page);

  // The unit approves every photo waiting and 提交 the batch.
  await loginAs(page, "钱证书");
  await page.goto("/title/certificates");
  for (const name of [holder.name, "周一鸣"]) {
    const row = page.getByTestId("certificate-row").filter({ hasText: name }).filter({ hasText: "待审核" });
    await row.getByRole("button", { name: `审核通过 ${name}` }).click();
    await expect(page.getByTestId("certificate-row").filter({ hasText: name }).first()).toContainText("审核通过");
    // The row's buttons are gone with the refresh; what was done stays above the list.
    await expect(page.getByRole("button", { name: `审核通过 ${name}` })).toHaveCount(0);
    await expect(page.getByRole("status").filter({ hasText: "照片已审核通过" })).toBeVisible();
  }
  await page.getByRole("button", { name: /^提交（2条）$/ }).click();
  await expect(page.getByText("已提交至省人社厅专技处确认")).toBeVisible();
  // A search is another list: the messages of what was done on the last one go.
  await page.getByLabel("姓名或身份证号").fill("周一鸣");
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByTestId("certificate-row").first()).toContainText("周一鸣");
  await expect(page.getByText("已提交至省人社厅专技处确认")).toHaveCount(0);
  await expect(page.getByText("照片已审核通过")).toHaveCount(0);
  await signOut(page);

  // The province's 专技处 confirms it.
  await loginAs(page, "陈专技");
  await page.getByRole("navigation", { name: "主菜单" }).getByRole("link", { name: "证书确认", exact: true }).click();
  await page.getByTestId("batch-row").filter({ hasText: "待确认" }).filter({ has: page.getByRole("cell", { name: "2", exact: true }) }).getByRole("link", { name: /审核/ }).click();
  await expect(page.getByText(good.number)).toBeVisible();
  await page.getByRole("button", { name: "确认", exact: true }).click();
  await expect(page.getByText(/状态：已确认/)).toBeVisible();
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("status")).toHaveText("已确认，证书可在证书查询中查到");
  await signOut(page);

  // A visitor, signed out: one field alone is refused; two find it, masked; the PDF downloads and verifies.
  await page.goto("/query/certificates");
  await page.getByLabel("姓名").fill(holder.name);
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("请填写姓名、证件号码、证书编号中的任意两项进行查询");
  await page.getByLabel("证书编号").fill(good.number);
  await page.getByRole("button", { name: "查询" }).click();
  const found = page.getByTestId("found-certificate");
  await expect(found).toContainText(good.number);
  await expect(found.locator('[data-field="idNumber"]')).toHaveText(`${holder.idNumber.slice(0, 4)}**********${holder.idNumber.slice(14)}`);
  const [download] = await Promise.all([page.waitForEvent("download"), found.getByRole("link", { name: "下载电子证书" }).click()]);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "cert-")), "cert.pdf");
  await download.saveAs(file);
  expect(readFileSync(file).subarray(0, 4).toString()).toBe("%PDF");
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  expect(text).toContain(good.number);
  expect(text).toContain(holder.name);
  const verifyUrl = /验证地址：(\S+)/.exec(text)?.[1];
  expect(verifyUrl).toMatch(/\/query\/verify\/[^?]+\?code=/);
  await page.goto(verifyUrl!);
  await expect(page.getByTestId("verify-result")).toContainText("验证通过");
  await expect(page.locator('[data-field="number"]')).toHaveText(good.number);
  // The photo the holder uploaded loads through the code; the same address with another code is refused.
  const photo = page.getByRole("img", { name: "证书照片" });
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(295);
  const photoUrl = (await photo.getAttribute("src"))!;
  expect(photoUrl).toMatch(/\/query\/verify\/[^/]+\/photo\?code=/);
  expect((await page.request.get(photoUrl.replace(/code=[^&]+/, "code=AAAA-BBBB-CCCC-DDDD-EEEE"))).status()).toBe(404);
  await page.goto(verifyUrl!.replace(/code=[^&]+/, "code=AAAA-BBBB-CCCC-DDDD-EEEE"));
  await expect(page.getByTestId("verify-result")).toContainText("验证未通过");

  // A certificate from before 2020 is shown without a download.
  const old = DEMO_CERTIFICATES.find((c) => c.obtainedOn < "2020")!;
  await page.goto("/query/certificates");
  await page.getByLabel("姓名").fill(old.holder);
  await page.getByLabel("证书编号").fill(old.number);
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.getByTestId("found-certificate")).toContainText("2020年度之前取得的职称证书仅提供查看，不提供电子证书下载");
  await expect(page.getByRole("link", { name: "下载电子证书" })).toHaveCount(0);
});
