import { expect, test } from "@playwright/test";
import { demoPersonId } from "../../prisma/seed/demo-evaluation";
import { loginAs } from "./support/demo";

// 申报条件管理 (province bureau), 离退休与处分登记 (unit handler) and 诚信档案 (province bureau, committee-forming unit),
// each found through the menu, with a refusal shown next to its field and the typed value kept.

const menu = (page: import("@playwright/test").Page) => page.getByRole("navigation", { name: "主菜单" });

test("申报条件管理：陈专技修改工程师（本科）的年限；无效年限在单元格旁提示", async ({ page }) => {
  await loginAs(page, "陈专技");
  await menu(page).getByRole("link", { name: "申报条件管理" }).click();
  await expect(page.getByRole("heading", { name: "申报条件管理" })).toBeVisible();
  const form = page.getByRole("form", { name: "工程系列申报条件" });
  await expect(form.getByLabel("工程师（本科）申报路径", { exact: true })).toHaveValue("title:助理工程师");
  await expect(form.getByLabel("高级工程师（专科）申报路径", { exact: true })).toHaveValue("");

  await form.getByLabel("工程师（本科）年限", { exact: true }).fill("四年");
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.getByText("请填写年限")).toHaveCount(2);
  await expect(form.getByLabel("工程师（本科）年限", { exact: true })).toHaveValue("四年");

  await form.getByLabel("工程师（本科）年限", { exact: true }).fill("3");
  await form.getByRole("button", { name: "保存" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("申报条件已保存");
  await page.reload();
  await expect(page.getByRole("form", { name: "工程系列申报条件" }).getByLabel("工程师（本科）年限", { exact: true })).toHaveValue("3");
});

test("离退休与处分登记：李经办看到孙新人的警告，登记一名人员的离退休日期", async ({ page }) => {
  await loginAs(page, "李经办");
  await menu(page).getByRole("link", { name: "离退休与处分登记" }).click();
  const row = page.getByTestId("staff-row").filter({ hasText: "孙新人" });
  await expect(row).toContainText("警告");
  await row.getByText("登记", { exact: true }).click();
  await row.getByLabel("离退休日期", { exact: true }).fill("2026-10-31");
  await row.getByRole("button", { name: "登记离退休" }).click();
  await expect(page.getByTestId("staff-row").filter({ hasText: "孙新人" })).toContainText("2026-10-31");
});

test("诚信档案：钱证书看到本单位对严失信的记录；陈专技记录并撤销一条", async ({ page, browser }) => {
  await loginAs(page, "钱证书");
  await menu(page).getByRole("link", { name: "诚信档案" }).click();
  await expect(page.getByTestId("finding-row").filter({ hasText: "严失信" })).toContainText("评审专家违反评审纪律");

  const bureau = await (await browser.newContext()).newPage();
  await loginAs(bureau, "陈专技");
  await bureau.goto("/title/integrity");
  await bureau.getByText("记录", { exact: true }).click();
  await bureau.getByLabel("身份证号", { exact: true }).fill(demoPersonId("19601112"));
  await bureau.getByLabel("失信行为类别", { exact: true }).selectOption({ label: "其他失信行为" });
  await bureau.getByLabel("事实", { exact: true }).fill("聘期内多次无故缺席评审会议");
  await bureau.getByLabel("处理决定文号", { exact: true }).fill("黔人社诚〔2026〕9号");
  await bureau.getByLabel("认定日期", { exact: true }).fill("2027-01-01");
  await bureau.getByRole("button", { name: "记入诚信档案" }).click();
  await expect(bureau.getByText("认定日期不能晚于今天")).toHaveCount(2);
  await expect(bureau.getByLabel("认定日期", { exact: true })).toHaveValue("2027-01-01");
  await bureau.getByLabel("认定日期", { exact: true }).fill("2026-11-20");
  await bureau.getByRole("button", { name: "记入诚信档案" }).click();
  const row = bureau.getByTestId("finding-row").filter({ hasText: "宋旧聘" });
  await expect(row).toContainText("2029-11-20前");
  await row.getByText("有效 · 撤销").click();
  await row.getByLabel("撤销决定文号", { exact: true }).fill("黔人社诚〔2026〕10号");
  await row.getByLabel("撤销原因", { exact: true }).fill("经复核不予认定");
  await row.getByRole("button", { name: "确认撤销" }).click();
  await expect(bureau.getByTestId("finding-row").filter({ hasText: "宋旧聘" })).toContainText("已撤销");
});
