import { expect, test } from "@playwright/test";
import { createPerson, DEMO_PASSWORD } from "../../prisma/seed/factories";
import { e2eDatabase } from "./support/database";
import { loginAs, loginAsPerson } from "./support/demo";

const db = e2eDatabase();
test.afterAll(() => db.$disconnect());

test("会话在无操作30分钟后失效，超时后回到登录页并说明原因", async ({ page, context }) => {
  await loginAs(page, "王申报");
  const cookie = (await context.cookies()).find((c) => c.name === "next-auth.session-token")!;
  const minutesLeft = (cookie.expires * 1000 - Date.now()) / 60_000;
  expect(minutesLeft).toBeGreaterThan(28);
  expect(minutesLeft).toBeLessThanOrEqual(30);
  expect(cookie.httpOnly).toBe(true);

  await context.clearCookies();
  await context.addCookies([{ ...cookie, value: "expired-or-forged" }]);
  await page.goto("/portal/password");
  await expect(page).toHaveURL(/\/login\?reason=expired/);
  await expect(page.getByTestId("login-reason")).toContainText("登录已超时");
});

test("账号被禁用后，已打开的会话立即结束", async ({ page }) => {
  const user = await createPerson(db, { name: "禁用测试" });
  await loginAsPerson(page, user.idNumber, DEMO_PASSWORD);
  await expect(page.getByTestId("signed-in")).toContainText("禁用测试");
  await db.user.update({ where: { id: user.id }, data: { status: "DISABLED", sessionVersion: { increment: 1 } } });
  await page.reload();
  await expect(page).toHaveURL(/\/login\?reason=ended/);
  await loginAsPerson(page, user.idNumber, DEMO_PASSWORD);
  await expect(page.getByTestId("form-message")).toContainText("账号已被禁用");
});

test("省人社厅查询、筛选审计日志", async ({ page }) => {
  await loginAs(page, "陈专技");
  await page.getByRole("navigation", { name: "主菜单" }).getByRole("link", { name: "审计日志" }).click();
  await page.getByLabel("操作", { exact: true }).fill("登录");
  await page.getByRole("button", { name: "查询" }).click();
  await expect(page).toHaveURL(/action=%E7%99%BB%E5%BD%95/);
  const rows = page.locator("tbody tr");
  await expect(rows.first()).toContainText("登录");
  await expect(rows.filter({ hasText: "陈专技" }).first()).toBeVisible();
});

test("手机宽度下菜单折叠，可用键盘展开并进入", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await loginAs(page, "陈专技");
  const menu = page.getByRole("navigation", { name: "主菜单" });
  await expect(menu.getByRole("link", { name: "审计日志" })).toBeHidden();
  await menu.getByText("菜单", { exact: true }).focus();
  await page.keyboard.press("Enter");
  await menu.getByRole("link", { name: "审计日志" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "审计日志" })).toBeVisible();
});
