import { expect, test } from "@playwright/test";
import { e2eDatabase } from "./support/database";
import { loginAs, person } from "./support/demo";

// Security headers on pages, file and API responses; framing refused; the CSP lets the app run (no violation during a
// journey); the client address cannot be set by the client; 退出登录 ends the session for a copied cookie.

const db = e2eDatabase();
test.afterAll(() => db.$disconnect());

test("pages, file routes, JSON endpoints and refusals carry the security headers", async ({ request }) => {
  for (const url of ["/login", "/register/person", "/api/declarations/files/x", "/config/registrations/files/x", "/login?q=%00"]) {
    const res = await request.get(url, { maxRedirects: 0 });
    const h = res.headers();
    expect(h["content-security-policy"], url).toMatch(/frame-ancestors 'none'/);
    expect(h["content-security-policy"], url).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(h["x-content-type-options"], url).toBe("nosniff");
    expect(h["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"], url).toContain("camera=()");
    expect(h["x-frame-options"], url).toBe("DENY");
  }
  // Static files do not pass through proxy.ts; next.config.ts headers() gives them the static ones.
  const script = (await (await request.get("/login")).text()).match(/\/_next\/static\/[^"]+\.js/)![0];
  const asset = (await request.get(script)).headers();
  expect(asset["x-content-type-options"]).toBe("nosniff");
  expect(asset["x-frame-options"]).toBe("DENY");
  // The two public JSON endpoints proxy.ts does not see get theirs from next.config.ts: a CSP that lets nothing run.
  const lookup = await request.post("/api/certificates/lookup", { data: { name: "张三", number: "X1" } });
  for (const res of [await request.get("/api/health"), lookup]) {
    const h = res.headers();
    expect(h["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["x-frame-options"]).toBe("DENY");
  }
  expect(lookup.status()).toBe(200);
  // Plain HTTP here: HSTS is only sent over HTTPS.
  expect((await request.get("/login")).headers()["strict-transport-security"]).toBeUndefined();
});

test("another site cannot frame the login page", async ({ page, baseURL }) => {
  await page.route("http://evil.test/", (route) =>
    route.fulfill({ contentType: "text/html", body: `<h1>evil</h1><iframe id="f" src="${baseURL}/login"></iframe>` }),
  );
  await page.goto("http://evil.test/");
  await page.waitForTimeout(1000);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  expect(frame).toBeDefined();
  await expect(frame!.getByRole("button", { name: "登录", exact: true })).toHaveCount(0);
});

test("the CSP lets the app's scripts run: sign-in, navigation and a form without a violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
  });
  await loginAs(page, "陈专技");
  await page.getByRole("navigation", { name: "主菜单" }).getByRole("link", { name: "审计日志" }).click();
  await expect(page.getByRole("heading", { name: "审计日志" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("a client's own X-Forwarded-For is not its address in the audit log", async ({ request }) => {
  const csrf = await (await request.get("/api/auth/csrf")).json();
  const idNumber = person("周专家").idNumber;
  await request.post("/api/auth/callback/person", {
    headers: { "x-forwarded-for": "203.0.113.77" },
    form: { idNumber, password: "Wrong@2026x", csrfToken: csrf.csrfToken, json: "true" },
  });
  const row = await db.auditLog.findFirstOrThrow({ where: { action: "登录失败", detail: { path: ["account"], equals: idNumber } }, orderBy: { id: "desc" } });
  expect(row.ip).toMatch(/^(127\.0\.0\.1|::1)$/);
  await db.rateLimiterFlexible.deleteMany({});
});

test("退出登录 ends the session: a copy of the cookie taken before is refused afterwards", async ({ page, context, request }) => {
  await loginAs(page, "王申报");
  const cookie = (await context.cookies()).find((c) => c.name === "next-auth.session-token")!;
  const replay = async () => {
    const res = await request.get("/portal/profile", { headers: { cookie: `${cookie.name}=${cookie.value}` } });
    return `${res.url()} ${await res.text()}`;
  };
  const session = async () => (await request.get("/api/auth/session", { headers: { cookie: `${cookie.name}=${cookie.value}` } })).json();
  expect(await replay()).toContain("个人资料");
  expect(await session()).toMatchObject({ user: { name: "王申报" } });
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  expect(await replay()).toMatch(/\/login\?reason=ended/);
  // Nor does next-auth's own session answer still name the user.
  expect(await session()).toEqual({});
});
