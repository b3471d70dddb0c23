import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { loginAs } from "./support/demo";

// While PostgreSQL is unreachable a page says 系统繁忙 and answers 503 with Retry-After (for a balancer and monitors),
// not 500. A process of the same build whose database address has nothing listening stands for the outage; the
// session cookie comes from signing in on the working process (same secret, same host).

const root = path.resolve(import.meta.dirname, "../..");
const PORT = Number(process.env.E2E_APP_PORT ?? 3100) + 3;
const outage = `http://127.0.0.1:${PORT}`;
let server: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/serve.ts"), "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-e2e",
      // Port 1: nothing listens, every connection is refused.
      DATABASE_URL: "postgresql://postgres:postgres@127.0.0.1:1/zhicheng",
      NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret",
      NEXTAUTH_URL: outage,
    },
  });
  await expect.poll(async () => (await fetch(`${outage}/login`).catch(() => null))?.status, { timeout: 90_000, intervals: [500] }).toBe(200);
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
});

test("数据库不可用时，页面显示系统繁忙并答 503 与 Retry-After", async ({ page }) => {
  await loginAs(page, "王申报");
  const answer = await page.goto(`${outage}/title/declarations`);
  expect(answer?.status()).toBe(503);
  expect(answer?.headers()["retry-after"]).toBe("10");
  await expect(page.getByRole("heading", { name: "系统繁忙，请稍后重试" })).toBeVisible();
  await expect(page.getByText("Error:")).toHaveCount(0);
});
