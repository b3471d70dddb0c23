import { expect, test } from "@playwright/test";
import { loginAs } from "./support/demo";

// 节假日管理: the province bureau's handler reads the shipped years, enters a year's notice (新增年度), corrects a day (修正)
// and takes the correction back (撤销修正); a unit handler may not. 2099 stands for "a year the shipped data lacks" and is
// no real notice.

test("节假日管理：陈专技查看年度、新增年度、修正一天并撤销；经办员无权访问", async ({ page }) => {
  await loginAs(page, "陈专技");
  await page.getByRole("navigation", { name: "主菜单" }).getByRole("link", { name: "节假日管理" }).click();
  await expect(page.getByRole("heading", { name: "节假日管理" })).toBeVisible();
  await expect(page.getByTestId("calendar-year-row").filter({ hasText: "2026" }).first()).toContainText("国务院办公厅通知（随程序发布）");

  // A shipped year: its National Day week and the Saturday worked after it.
  await page.getByRole("link", { name: "查看 2024年" }).click();
  await page.getByLabel("日期、名称或文号").fill("国庆");
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.getByTestId("list-count")).toHaveText("共 9 条");
  await expect(page.getByTestId("calendar-day-row").filter({ hasText: "2024-10-12" })).toContainText("星期六调休上班国庆节");

  // 新增年度: a weekday typed as 调休上班 is refused next to its field, and what was typed stays.
  await page.goto("/config/holidays");
  await page.getByRole("link", { name: "新增年度" }).click();
  const form = page.getByRole("form", { name: "新增年度" });
  await form.getByLabel("年度").fill("2099");
  await form.getByLabel("文号").fill("测试文号〔2098〕1号");
  await form.getByLabel("通知名称").fill("2099年节假日安排（测试）");
  await form.getByLabel("放假日期").fill("2099-01-01\n2099-10-01至2099-10-07");
  await form.getByLabel("调休上班日期").fill("2099-10-12");
  await form.getByRole("button", { name: "保存" }).click();
  await expect(form.getByText("调休上班日期：2099-10-12是星期一，调休上班日应为周六或周日")).toBeVisible();
  await expect(form.getByLabel("放假日期")).toHaveValue("2099-01-01\n2099-10-01至2099-10-07");
  await form.getByLabel("调休上班日期").fill("2099-10-10");
  await form.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("heading", { name: "2099年节假日安排" })).toBeVisible();
  await expect(page.getByTestId("list-count")).toHaveText("共 9 条");
  await expect(page.getByTestId("calendar-day-row").filter({ hasText: "2099-10-10" })).toContainText("调休上班");

  // 修正: Friday 2099-10-09 becomes a day off by a supplementary notice.
  await page.getByRole("link", { name: "返回节假日管理" }).click();
  await page.getByRole("link", { name: "修正", exact: true }).click();
  await page.getByLabel("日期").fill("2099-10-09");
  await page.getByRole("button", { name: "选择" }).click();
  await expect(page.getByTestId("calendar-day-now")).toHaveText("2099-10-09（星期五）现为上班");
  const correction = page.getByRole("form", { name: "修正" });
  await correction.getByLabel("修正为").selectOption({ label: "放假" });
  await correction.getByRole("button", { name: "保存" }).click();
  await expect(correction.getByText("请填写文号")).toBeVisible();
  await correction.getByLabel("文号").fill("测试文号〔2099〕2号");
  await correction.getByLabel("通知名称").fill("补充通知（测试）");
  await correction.getByLabel("修正说明").fill("国庆节后调整");
  await correction.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("heading", { name: "2099年节假日安排" })).toBeVisible();
  const corrected = page.getByTestId("calendar-day-row").filter({ hasText: "2099-10-09" });
  await expect(corrected).toContainText("放假");
  await expect(corrected).toContainText("省人社厅修正");
  await expect(corrected).toContainText("原为上班；国庆节后调整（陈专技");

  // 撤销修正: the Friday is a working day again and leaves the list.
  await corrected.getByRole("button", { name: "撤销修正 2099-10-09" }).click();
  await expect(page.getByTestId("calendar-day-row").filter({ hasText: "2099-10-09" })).toHaveCount(0);
  await expect(page.getByTestId("list-count")).toHaveText("共 9 条");

  await page.context().clearCookies();
  await loginAs(page, "李经办");
  await page.goto("/config/holidays");
  await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
});
