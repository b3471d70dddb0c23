import { expect, test } from "@playwright/test";
import { idNumberFrom } from "../../prisma/seed/identifiers";
import { createPerson, createUnit, DEMO_PASSWORD } from "../../prisma/seed/factories";
import { e2eDatabase } from "./support/database";
import { loginAs, loginAsPerson } from "./support/demo";

// 个人账号管理 (2023 flow) and 启用/禁用: a handler adds an applicant, who must change 123@abc first; the admin
// disables the account and its open session ends; 启用 lets it in again. Uses its own people, not the demo ones.

test("经办员添加个人账号，管理员禁用后其会话结束，启用后可再登录", async ({ page, browser }) => {
  test.setTimeout(150_000);
  const applicant = { idNumber: idNumberFrom("520102", "19960606", "633"), name: "郑添加" };

  await loginAs(page, "李经办");
  await page.getByRole("navigation", { name: "主菜单" }).getByRole("link", { name: "个人账号管理" }).click();
  await page.getByText("添加", { exact: true }).click();
  await page.getByLabel("身份证号", { exact: true }).fill("52010219960606633");
  await page.getByLabel("姓名", { exact: true }).fill(applicant.name);
  await page.getByLabel("手机号码").fill("13712345678");
  await page.getByLabel("用户类型").selectOption("专业技术人员-职称申报");
  await page.getByRole("button", { name: "确认" }).click();
  await expect(page.getByLabel("身份证号", { exact: true })).toHaveAccessibleDescription(/18位/);
  await page.getByLabel("身份证号", { exact: true }).fill(applicant.idNumber);
  await page.getByRole("button", { name: "确认" }).click();
  await expect(page.getByTestId("form-message")).toContainText("初始密码为123@abc");
  await page.getByLabel("姓名或身份证号").fill(applicant.name);
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page.getByTestId("list-count")).toHaveText("共 1 条");
  await expect(page.getByRole("row", { name: new RegExp(applicant.name) })).toContainText("5201**********");

  const applicantContext = await browser.newContext();
  const other = await applicantContext.newPage();
  await loginAsPerson(other, applicant.idNumber, "123@abc");
  await expect(other).toHaveURL(/\/portal\/password\?first=1/);
  await other.getByLabel("旧密码").fill("123@abc");
  await other.getByLabel("新密码").fill("Apply@2026x");
  await other.getByLabel("确认密码").fill("Apply@2026x");
  await other.getByRole("button", { name: "提交" }).click();
  await expect(other.getByRole("navigation", { name: "主菜单" })).toBeVisible();

  await loginAs(page, "张管理");
  await page.getByRole("navigation", { name: "主菜单" }).getByRole("link", { name: "账号角色管理" }).click();
  await page.getByLabel("姓名或身份证号").fill(applicant.idNumber);
  await page.getByRole("button", { name: "查询" }).click();
  await page.getByRole("button", { name: `禁用 ${applicant.name}` }).click();
  await expect(page.getByRole("button", { name: `启用 ${applicant.name}` })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(applicant.name) }).getByRole("status")).toHaveText("账号已禁用");

  await other.goto("/portal/profile");
  await expect(other).toHaveURL(/\/login/);
  await loginAsPerson(other, applicant.idNumber, "Apply@2026x");
  await expect(other.getByTestId("form-message")).toContainText("账号已被禁用");

  await page.getByRole("button", { name: `启用 ${applicant.name}` }).click();
  await expect(page.getByRole("button", { name: `禁用 ${applicant.name}` })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(applicant.name) }).getByRole("status")).toHaveText("账号已启用");
  await loginAsPerson(other, applicant.idNumber, "Apply@2026x");
  await expect(other.getByTestId("signed-in")).toContainText(applicant.name);
  await applicantContext.close();
});

test("手机宽度下注册页和账号角色管理不横向溢出", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  await page.goto("/register/unit");
  await expect(page.getByLabel("单位名称")).toBeVisible();
  expect(await fits()).toBe(true);
  await loginAs(page, "张管理");
  await page.goto("/portal/accounts/roles");
  await expect(page.getByTestId("list-count")).toBeVisible();
  expect(await fits()).toBe(true);
});

test("更换管理员：原管理员保存后回到首页，看到更换成功和新管理员", async ({ page, browser }) => {
  const db = e2eDatabase();
  try {
    const unit = await createUnit(db, { name: `贵阳更换管理员测试有限公司${Date.now() % 100000}` });
    const admin = await createPerson(db, { name: "原管理", unitId: unit.id, roles: ["UNIT_ADMIN"] });
    const next = await createPerson(db, { name: "新管理", unitId: unit.id });

    await loginAsPerson(page, admin.idNumber, DEMO_PASSWORD);
    await page.getByRole("navigation", { name: "主菜单" }).getByRole("link", { name: "单位基础信息管理" }).click();
    await page.getByRole("link", { name: `修改 ${unit.name}` }).click();
    await page.getByLabel("新管理员身份证号").fill(next.idNumber);
    await page.getByRole("region", { name: "更换管理员" }).getByRole("button", { name: "保存" }).click();

    // The old admin can no longer see the unit's page: home, saying what was done, instead of 页面不存在.
    await expect(page).toHaveURL(/\/\?adminChanged=/);
    const masked = `${next.idNumber.slice(0, 4)}**********${next.idNumber.slice(14)}`;
    await expect(page.getByRole("status")).toHaveText(`管理员已更换：${unit.name}的管理员现为新管理（${masked}），您已不再担任该单位的管理员。`);
    await expect(page.getByRole("heading", { name: "页面不存在" })).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "主菜单" }).getByRole("link", { name: "单位基础信息管理" })).toHaveCount(0);

    // The address alone says nothing: another person given it sees no notice.
    const other = await (await browser.newContext()).newPage();
    await loginAsPerson(other, next.idNumber, DEMO_PASSWORD);
    await expect(other.getByTestId("signed-in")).toContainText("新管理");
    await other.goto(`/?adminChanged=${unit.id}`);
    await expect(other.getByText("欢迎您，新管理")).toBeVisible();
    await expect(other.getByText("管理员已更换")).toHaveCount(0);
    await other.getByRole("navigation", { name: "主菜单" }).getByRole("link", { name: "单位基础信息管理" }).click();
    await other.getByRole("link", { name: `修改 ${unit.name}` }).click();
    await expect(other.getByTestId("current-admin")).toContainText("新管理");
  } finally {
    await db.$disconnect();
  }
});
