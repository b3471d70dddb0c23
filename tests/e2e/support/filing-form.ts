import type { Page } from "@playwright/test";
import { PDF } from "./declaration-form";

/** 评审权备案 → 新增: a 副高级 filing of one 工程系列 specialty from 1 January, with its material attached. */
export async function fillFilingForm(page: Page, o: { committee: string; specialty: string; year: number; validTo: string }) {
  await page.getByLabel("评委会名称").fill(o.committee);
  await page.getByLabel("系列").selectOption({ label: "工程系列" });
  await page.getByLabel("专业", { exact: true }).fill(o.specialty);
  await page.getByLabel("级别").selectOption({ label: "副高级" });
  await page.getByLabel("有效期开始日期").fill(`${o.year}-01-01`);
  await page.getByLabel("有效期结束日期").fill(o.validTo);
  await page.getByLabel("备案材料").setInputFiles({ name: "备案材料.pdf", mimeType: "application/pdf", buffer: PDF });
}
