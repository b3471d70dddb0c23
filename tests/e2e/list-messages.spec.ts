import { expect, test } from "@playwright/test";
import { createPerson, createUnit, DEMO_PASSWORD } from "../../prisma/seed/factories";
import { e2eDatabase } from "./support/database";
import { loginAsPerson } from "./support/demo";

// A row decided on leaves its message above the list; another page (or search, or filter) is another list, and the
// message of what was done on the last one goes with it. A unit of its own, with more requests than one page holds.

const db = e2eDatabase();
test.afterAll(() => db.$disconnect());

test("确认接收后翻到下一页：上一页的处理结果不再显示在新的列表上方", async ({ page }) => {
  const unit = await createUnit(db);
  const admin = await createPerson(db, { name: "翻页管理", unitId: unit.id, roles: ["UNIT_ADMIN"] });
  for (let i = 0; i < 22; i++) {
    const person = await createPerson(db, { name: `翻页人员${String(i).padStart(2, "0")}` });
    await db.bindingRequest.create({ data: { userId: person.id, unitId: unit.id, committedAt: new Date() } });
  }
  await loginAsPerson(page, admin.idNumber, DEMO_PASSWORD);
  await expect(page.getByTestId("signed-in")).toContainText("翻页管理");
  await page.goto("/portal/accounts/incoming");
  await expect(page.getByTestId("list-count")).toHaveText("共 22 条");
  await page.getByRole("button", { name: /^确认接收 翻页人员/ }).first().click();
  await expect(page.getByTestId("list-count")).toHaveText("共 21 条");
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("status")).toHaveText("已确认接收");

  await page.getByRole("navigation", { name: "分页" }).getByRole("link", { name: "下一页" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByText("第 2 / 2 页")).toBeVisible();
  await expect(page.getByRole("status")).toHaveCount(0);
});
