import { expect, test } from "@playwright/test";
import { loginAs } from "./support/demo";
import { fillDeclaration, row, typeCommitment } from "./support/declaration-form";

// The applicant's journey (新增 → every section → 保存 → 编辑 → 申报 → 跟踪), the refusal outside the window, and 申报批次管理.

const year = Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date()));
const OPEN_ROUND = `${year}年度民营经济组织工程系列职称申报`;
const PAST_ROUND = `${year - 1}年度卫生系列职称申报（申报时间已过）`;

test("申报人：新增 → 填写各部分 → 承诺书 → 保存 → 编辑 → 申报 → 跟踪", async ({ page }) => {
  await loginAs(page, "王申报");
  await page.getByRole("navigation", { name: "主菜单" }).getByRole("link", { name: "个人职称申报" }).click();
  await page.getByRole("link", { name: "新增" }).click();
  await expect(page.getByRole("heading", { name: "新增职称申报" })).toBeVisible();

  await fillDeclaration(page, OPEN_ROUND, "中级", "工程师", "full");

  // Without the commitment, 保存 is refused next to the field and nothing typed is lost.
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("请完整、准确地输入诚信承诺书内容")).toBeVisible();
  await expect(row(page, "教育情况", 2).getByLabel("毕业院校")).toHaveValue("贵州理工学院");
  await expect(page.getByText("填写进度 9/10")).toBeVisible();

  await typeCommitment(page);
  await expect(page.getByText("填写进度 10/10")).toBeVisible();
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(/\/title\/declarations$/);
  const mine = page.getByTestId("declaration-row").filter({ hasText: OPEN_ROUND });
  await expect(mine).toContainText("未申报");

  await mine.getByRole("link", { name: "编辑" }).click();
  await expect(page.getByLabel("申报专业")).toHaveValue("机械设计制造");
  await expect(row(page, "学术成果", 1).getByLabel("成果名称")).toHaveValue("一种夹具专利");
  await expect(page.getByRole("link", { name: "学位证书.pdf" })).toBeVisible();
  await page.getByLabel("申报专业").fill("机械电子工程");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(/\/title\/declarations$/);

  await mine.getByRole("button", { name: "申报" }).click();
  await expect(mine).toContainText("已申报");
  await expect(mine.getByRole("link", { name: "编辑" })).toHaveCount(0);

  await mine.getByRole("link", { name: "跟踪" }).click();
  const event = page.getByTestId("timeline-event");
  await expect(event).toHaveCount(1);
  await expect(event).toContainText("申报");
  await expect(event).toContainText("王申报");
});

test("申报时间之外点击申报被拒绝，并显示申报时间", async ({ page }) => {
  await loginAs(page, "王申报");
  await page.goto("/title/declarations/new");
  await fillDeclaration(page, PAST_ROUND, "中级", "主治医师", "minimal");
  await typeCommitment(page);
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page).toHaveURL(/\/title\/declarations$/);
  const past = page.getByTestId("declaration-row").filter({ hasText: PAST_ROUND });
  await past.getByRole("button", { name: "申报" }).click();
  await expect(past.getByTestId("row-message")).toHaveText(
    `当前不在申报时间内，申报时间为${year - 1}年11月01日08:00至${year - 1}年11月03日17:00`,
  );
  await expect(past).toContainText("未申报");
});

test("申报批次管理：陈专技新增批次，时间按北京时间显示；经办员无权访问", async ({ page }) => {
  await loginAs(page, "陈专技");
  await page.getByRole("navigation", { name: "主菜单" }).getByRole("link", { name: "申报批次管理" }).click();
  await page.getByRole("link", { name: "新增" }).click();
  const form = page.getByRole("form", { name: "申报批次" });
  const name = `${year + 1}年度教育系列职称申报（测试）`;
  await form.getByLabel("批次名称").fill(name);
  await form.getByLabel("年度").fill(String(year + 1));
  await form.getByLabel("职称系列").selectOption({ label: "教育系列" });
  await form.getByLabel("状态").selectOption({ label: "开放申报" });
  await form.getByLabel("中级", { exact: true }).check();
  await form.getByLabel("副高级", { exact: true }).check();
  await form.getByLabel("申报开始时间（北京时间）").fill(`${year + 1}-11-01T08:00`);
  await form.getByLabel("申报结束时间（北京时间）").fill(`${year + 1}-10-03T17:00`);
  await form.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("结束时间须晚于开始时间")).toBeVisible();
  await expect(form.getByLabel("批次名称")).toHaveValue(name);
  await form.getByLabel("申报结束时间（北京时间）").fill(`${year + 1}-11-03T17:00`);
  await form.getByRole("button", { name: "保存" }).click();
  const created = page.getByTestId("round-row").filter({ hasText: name });
  await expect(created).toContainText(`${year + 1}年11月01日08:00至${year + 1}年11月03日17:00`);
  await expect(created).toContainText("中级、副高级");

  await page.context().clearCookies();
  await loginAs(page, "李经办");
  await page.goto("/config/rounds");
  await expect(page.getByRole("heading", { name: "无权访问" })).toBeVisible();
});

test("填写中离开申报表会先确认，取消后内容仍在", async ({ page }) => {
  await loginAs(page, "王申报");
  await page.goto("/title/declarations/new");
  await page.getByLabel("民族").fill("布依族");
  let asked = "";
  page.once("dialog", async (dialog) => {
    asked = dialog.message();
    await dialog.dismiss();
  });
  await page.getByRole("navigation", { name: "主菜单" }).getByRole("link", { name: "个人职称申报" }).click();
  await expect.poll(() => asked).toContain("未保存的修改");
  await expect(page).toHaveURL(/\/title\/declarations\/new$/);
  await expect(page.getByLabel("民族")).toHaveValue("布依族");
});

test("手机宽度下申报表与列表不需要横向滚动", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await loginAs(page, "王申报");
  for (const url of ["/title/declarations/new", "/title/declarations"]) {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, url).toBeLessThanOrEqual(0);
    await page.screenshot({ path: test.info().outputPath(`phone-${url.split("/").pop()}.png`), fullPage: false });
  }
});

test("单位经办员不能申报职称，并被告知原因", async ({ page }) => {
  await loginAs(page, "李经办");
  await page.goto("/title/declarations/new");
  await expect(page.getByTestId("apply-refusal")).toContainText("单位管理员和职称经办人员不能申报职称");
});
