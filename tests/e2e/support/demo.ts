import { expect, type Browser, type Page } from "@playwright/test";
import { DEMO_PEOPLE, demoIdNumber } from "../../../prisma/seed/demo";
import { DEMO_PASSWORD } from "../../../prisma/seed/factories";

export const person = (name: string) => {
  const p = DEMO_PEOPLE.find((x) => x.name === name);
  if (!p) throw new Error(`no demo person ${name}`);
  return { ...p, idNumber: demoIdNumber(p), password: DEMO_PASSWORD };
};

export async function loginAsPerson(page: Page, idNumber: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("身份证号").fill(idNumber);
  await page.getByLabel("密码", { exact: true }).fill(password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
}

export async function loginAs(page: Page, name: string) {
  const p = person(name);
  await loginAsPerson(page, p.idNumber, p.password);
  await expect(page.getByTestId("signed-in")).toContainText(name);
}

export async function menuLabels(page: Page) {
  return page.getByRole("navigation", { name: "主菜单" }).getByRole("link").allInnerTexts();
}

/** A demo person signed in in a browser context of their own, beside the others of a journey. */
export async function signedInPage(browser: Browser, name: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await loginAs(page, name);
  return page;
}
