import { expect, type Page } from "@playwright/test";
import { COMMITMENT_TEXT } from "../../../lib/declarations/schemas";

// Filling the declaration form as an applicant does, shared by the journeys that start with a 申报.

export const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
export const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

/** A row of a list section, as its group is named (教育情况 第1条). */
export const row = (page: Page, title: string, n: number) => page.getByRole("group", { name: `${title} 第${n}条` });

export async function addRow(page: Page, title: string, values: Record<string, string>) {
  await page.getByRole("button", { name: `${title} 添加一条` }).click();
  const n = await page.getByRole("group", { name: new RegExp(`^${title} 第\\d+条$`) }).count();
  for (const [label, value] of Object.entries(values)) await row(page, title, n).getByLabel(label, { exact: true }).fill(value);
}

export async function fillDeclaration(page: Page, round: string, level: string, title: string, rows: "full" | "minimal") {
  await page.getByLabel("上传头像").setInputFiles({ name: "头像.png", mimeType: "image/png", buffer: PNG });
  await expect(page.getByRole("img", { name: "头像预览" })).toBeVisible();

  await page.getByLabel("性别").selectOption("男");
  await page.getByLabel("出生日期").fill("1990-03-03");
  await page.getByLabel("民族").fill("汉族");
  await page.getByLabel("政治面貌").fill("中共党员");
  await page.getByLabel("手机号码").fill("13900000001");
  await page.getByLabel("参加工作年月").fill("2012-07");
  await page.getByLabel("现任职务").fill("技术主管");

  await page.getByLabel("申报批次").selectOption({ label: round });
  await page.getByLabel("现专业技术资格").fill("助理工程师");
  await page.getByLabel("取得时间").fill("2018-12-01");
  await page.getByLabel("申报级别").selectOption({ label: level });
  await page.getByLabel("申报职称").selectOption(title);
  await page.getByLabel("申报专业").fill("机械设计制造");

  await page.getByLabel("考试考核情况").fill("考核合格");
  await page.getByLabel("公需科目学时").fill("30");
  await page.getByLabel("专业科目学时").fill("72");

  await addRow(page, "教育情况", { 开始年月: "2008-09", 结束年月: "2012-07", 毕业院校: "贵州大学", 所学专业: "机械工程", 学历学位: "本科 学士" });
  await addRow(page, "工作经历", { 开始年月: "2012-07", 结束年月: "2016-06", 工作单位: "贵阳某机械厂", 职务: "技术员" });
  if (rows === "minimal") return;
  await addRow(page, "教育情况", { 开始年月: "2016-09", 结束年月: "2019-06", 毕业院校: "贵州理工学院", 所学专业: "机械工程", 学历学位: "硕士研究生" });
  await page.getByLabel("教育情况附件").setInputFiles({ name: "学位证书.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(page.getByRole("link", { name: "学位证书.pdf" })).toBeVisible();
  await addRow(page, "工作后学习经历", { 开始年月: "2019-03", 结束年月: "2019-05", 学习机构: "贵州省继续教育中心", 学习内容: "智能制造专题研修" });
  await addRow(page, "工作后学习经历", { 开始年月: "2021-03", 结束年月: "2021-04", 学习机构: "贵州大学", 学习内容: "工业机器人应用" });
  await addRow(page, "工作经历", { 开始年月: "2016-07", 结束年月: "", 工作单位: "贵州黔匠智造科技有限公司", 职务: "技术主管" });
  await addRow(page, "工作业绩", { 开始年月: "2019-01", 结束年月: "2020-12", 项目名称: "数控产线改造", 本人作用: "技术负责人" });
  await addRow(page, "工作业绩", { 开始年月: "2021-01", 结束年月: "2022-06", 项目名称: "智能仓储系统", 本人作用: "主要完成人" });
  await addRow(page, "学术成果", { 发表年月: "2020-05", 成果名称: "产线改造论文", 成果类别: "论文", 刊物或出版单位: "机械工程学报", 本人排名: "1" });
  await addRow(page, "学术成果", { 发表年月: "2022-08", 成果名称: "一种夹具专利", 成果类别: "专利", 刊物或出版单位: "国家知识产权局", 本人排名: "2" });
  // Reorder: the patent moves above the paper.
  await page.getByRole("button", { name: "学术成果 第2条 上移" }).click();
  await expect(row(page, "学术成果", 1).getByLabel("成果名称")).toHaveValue("一种夹具专利");
  await addRow(page, "学术成果", { 发表年月: "2023-01", 成果名称: "待删除", 成果类别: "论文", 刊物或出版单位: "某刊", 本人排名: "3" });
  await page.getByRole("button", { name: "学术成果 第3条 删除" }).click();
  await expect(row(page, "学术成果", 3)).toHaveCount(0);
}

export async function typeCommitment(page: Page) {
  const box = page.getByLabel("请完整输入诚信承诺书");
  await box.dispatchEvent("paste", { bubbles: true, cancelable: true });
  await expect(page.getByText("请逐字输入承诺书内容，不能粘贴")).toBeVisible();
  await box.fill(COMMITMENT_TEXT);
}

