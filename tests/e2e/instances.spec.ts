import { expect, test, type Page } from "@playwright/test";
import { randomIdNumber } from "../../prisma/seed/identifiers";
import { person } from "./support/demo";

// The production shape: two processes of the same build on one PostgreSQL and one file store, behind HAProxy
// (deploy/haproxy.cfg). Nothing a person does may depend on which process answers.

const PNG_BYTES = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);
const APP_PORT = Number(process.env.E2E_APP_PORT ?? 3100);
const first = `http://127.0.0.1:${APP_PORT}`;
const second = `http://127.0.0.1:${Number(process.env.E2E_APP2_PORT ?? APP_PORT + 1)}`;
const balancer = `http://127.0.0.1:${Number(process.env.E2E_BALANCER_PORT ?? APP_PORT + 2)}`;

async function signIn(page: Page, base: string, idNumber: string, password: string) {
  await page.goto(`${base}/login`);
  await page.getByLabel("身份证号").fill(idNumber);
  await page.getByLabel("密码", { exact: true }).fill(password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
}

test("会话在一个进程登录，在另一个进程继续", async ({ page }) => {
  const p = person("王申报");
  await signIn(page, first, p.idNumber, p.password);
  await expect(page.getByTestId("signed-in")).toContainText("王申报");
  await page.goto(`${second}/title/declarations`);
  await expect(page.getByRole("heading", { name: "个人职称申报" })).toBeVisible();
  await expect(page.getByTestId("signed-in")).toContainText("王申报");
});

test("登录失败次数在两个进程间合计，锁定在两个进程都生效", async ({ page }) => {
  const idNumber = randomIdNumber();
  for (const base of [first, second, first, second]) {
    await signIn(page, base, idNumber, "Wrong@2026");
    await expect(page.getByText("账号或密码错误")).toBeVisible();
  }
  await signIn(page, first, idNumber, "Wrong@2026");
  await expect(page.getByText("登录失败次数过多")).toBeVisible();
  await signIn(page, second, idNumber, "Wrong@2026");
  await expect(page.getByText("登录失败次数过多")).toBeVisible();
});

test("经一个进程上传的文件，由另一个进程提供，字节相同", async ({ page }) => {
  const p = person("周专家");
  await signIn(page, first, p.idNumber, p.password);
  await expect(page.getByTestId("signed-in")).toContainText("周专家");
  const uploaded = await page.request.post(`${first}/api/declarations/files`, {
    multipart: { kind: "photo", file: { name: "头像.png", mimeType: "image/png", buffer: PNG_BYTES } },
    headers: { origin: first },
  });
  expect(uploaded.status(), await uploaded.text()).toBe(200);
  const { data: { id } } = (await uploaded.json()) as { data: { id: string } };
  const served = await page.request.get(`${second}/api/declarations/files/${id}`);
  expect(served.status()).toBe(200);
  expect(Buffer.compare(await served.body(), PNG_BYTES)).toBe(0);
});

test("经 HAProxy（轮询两个进程）登录、浏览", async ({ page }) => {
  const p = person("王申报");
  await signIn(page, balancer, p.idNumber, p.password);
  await expect(page.getByTestId("signed-in")).toContainText("王申报");
  for (let i = 0; i < 3; i++) {
    await page.goto(`${balancer}/title/declarations`);
    await expect(page.getByRole("heading", { name: "个人职称申报" })).toBeVisible();
  }
});
