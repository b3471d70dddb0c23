import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DEMO_CERTIFICATES } from "../../prisma/seed/demo-certificates";
import { e2eDatabase } from "./support/database";
import { person } from "./support/demo";

// 首页 for the signed-out (the manual: 在首页“个人办事”事项中找到“职称证书查询”): the services and the 公示公告 board
// of the publicities now running; signed in, the person's own home as before.

const db = e2eDatabase();
test.afterAll(() => db.$disconnect());

const ENTERPRISE = "贵州黔匠智造科技有限公司";
const year = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date()));
const RUNNING = `${year}年度第二批职称申报公示（${ENTERPRISE}）`;
const FINISHED = `${year}年度职称申报公示（${ENTERPRISE}）`;

test("未登录访问首页：个人办事 → 职称证书查询找到演示证书", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("link", { name: "贵州省人才人事综合业务管理服务平台" })).toBeVisible();
  const personal = page.getByRole("region", { name: "个人办事" });
  await expect(personal.getByRole("link")).toHaveText(["职称证书查询", "职称证书补录", "我的证书"]);
  await expect(page.getByRole("region", { name: "单位办事" }).getByRole("link")).toHaveText(["单位注册", "单位登录"]);
  await expect(page.getByRole("region", { name: "个人账号" }).getByRole("link")).toHaveText(["个人登录", "个人注册"]);

  await personal.getByRole("link", { name: "职称证书查询" }).click();
  await expect(page).toHaveURL(/\/query\/certificates$/);
  const certificate = DEMO_CERTIFICATES.find((c) => c.number === "GZZC20220001")!;
  await page.getByLabel("姓名").fill(certificate.holder);
  await page.getByLabel("证书编号").fill(certificate.number);
  await page.getByRole("button", { name: "查询" }).click();
  const found = page.getByTestId("found-certificate");
  await expect(found).toContainText(certificate.number);
  const id = person(certificate.holder).idNumber;
  await expect(found.locator('[data-field="idNumber"]')).toHaveText(`${id.slice(0, 4)}**********${id.slice(14)}`);
});

test("未登录访问首页：公示公告列出正在公示的申报公示，公示表身份证号打码、可下载；已结束的公示不公开", async ({ page }) => {
  await page.goto("/");
  const board = page.getByRole("region", { name: "公示公告" });
  const item = board.getByTestId("board-item").filter({ hasText: RUNNING });
  await expect(item).toContainText("申报公示");
  await expect(item).toContainText(ENTERPRISE);
  await expect(item).toContainText(/公示期 \d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2}/);
  await expect(board.getByTestId("board-item").filter({ hasText: FINISHED })).toHaveCount(0);

  await item.getByRole("link", { name: RUNNING }).click();
  await expect(page.getByRole("heading", { name: RUNNING })).toBeVisible();
  const applicant = person("卫九章");
  const row = page.getByTestId("publicity-person").filter({ hasText: applicant.name });
  await expect(row).toContainText(`${applicant.idNumber.slice(0, 4)}**********${applicant.idNumber.slice(14)}`);
  await expect(page.getByText(applicant.idNumber)).toHaveCount(0);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载公示表" }).click()]);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "publicity-")), "publicity.pdf");
  await download.saveAs(file);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  expect(text).toContain(RUNNING);
  expect(text).toContain(applicant.name);
  expect(text).not.toContain(applicant.idNumber);

  // A finished publicity is not public: neither its page nor its 公示表.
  const finished = await db.publicity.findFirstOrThrow({ where: { title: FINISHED } });
  await page.goto(`/publicity/declaration/${finished.id}`);
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  expect((await page.request.get(`/publicity/declaration/${finished.id}/pdf`)).status()).toBe(404);
});

test("未登录访问首页：单位登录打开单位登录页，登录后办理的事项先登录", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "单位登录" }).click();
  await expect(page.getByRole("tab", { name: "单位登录" })).toHaveAttribute("aria-selected", "true");
  await page.goto("/");
  await page.getByRole("link", { name: "我的证书" }).click();
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fpersonal%2Fmy-certificates/);
  const holder = person("王申报");
  await page.getByLabel("身份证号").fill(holder.idNumber);
  await page.getByLabel("密码", { exact: true }).fill(holder.password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page.getByRole("heading", { name: "我的证书" })).toBeVisible();
  // Signed in, 首页 is the person's own.
  await page.goto("/");
  await expect(page.getByText("欢迎您，王申报")).toBeVisible();
  await expect(page.getByRole("region", { name: "公示公告" })).toHaveCount(0);
});
