import { randomUUID } from "node:crypto";
import { expect, test, type Page, type Request } from "@playwright/test";
import pg from "pg";
import { loginAs } from "./support/demo";
import { pressRequest, SUBMIT_PATH } from "../../bench/press";

// The 申报 benchmark replays what this records: pressing 申报 sends one POST to the submit route and nothing else (no
// refresh of the page, no prefetch of the menu), and the request is the one bench/press.ts builds.

const DB_URL = `postgresql://postgres:postgres@127.0.0.1:${process.env.E2E_DB_PORT ?? 54390}/zhicheng`;

/** A draft of 王申报 in a round of its own whose window is open now. */
async function openDraft() {
  const client = new pg.Client({ connectionString: DB_URL });
  await client.connect();
  try {
    const { rows } = await client.query(
      `WITH round AS (
         INSERT INTO "ApplicationRound" (id, year, name, "seriesId", levels, status, "windowStart", "windowEnd", "updatedAt")
         SELECT $1, year, name || '（申报按钮测试' || left($1, 8) || '）', "seriesId", levels, 'OPEN', (now() AT TIME ZONE 'UTC') - interval '1 hour', (now() AT TIME ZONE 'UTC') + interval '1 hour', now()
           FROM "ApplicationRound" WHERE status = 'OPEN' ORDER BY "windowEnd" DESC LIMIT 1
         RETURNING id, name
       )
       INSERT INTO "Declaration" (id, "roundId", "applicantId", "unitId", level, "titleName", form, "updatedAt")
       SELECT $2, round.id, u.id, u."unitId", 'INTERMEDIATE', '工程师', '{}'::jsonb, now() FROM round, "User" u WHERE u.name = '王申报'
       RETURNING id, (SELECT name FROM round) AS "roundName"`,
      [randomUUID(), randomUUID()],
    );
    return { client, id: rows[0].id as string, roundName: rows[0].roundName as string };
  } catch (e) {
    await client.end();
    throw e;
  }
}

/** 王申报's 个人职称申报 list, and the row of the draft, not yet declared. */
async function draftRow(page: Page, roundName: string) {
  await loginAs(page, "王申报");
  await page.goto("/title/declarations");
  const row = page.getByTestId("declaration-row").filter({ hasText: roundName });
  await expect(row).toContainText("未申报");
  return row;
}

/** Resolves once the page has sent nothing for `ms` (the menu's prefetches after loading come in waves). */
async function quiet(page: Page, ms: number) {
  let last = Date.now();
  const touch = () => (last = Date.now());
  page.on("request", touch);
  while (Date.now() - last < ms) await page.waitForTimeout(200);
  page.off("request", touch);
}

test("点击申报只发出一个请求，与压测重放的请求一致", async ({ page, baseURL }) => {
  const draft = await openDraft();
  try {
    const row = await draftRow(page, draft.roundName);
    await quiet(page, 2000);

    const sent: Request[] = [];
    page.on("request", (r) => sent.push(r));
    await row.getByRole("button", { name: "申报" }).click();
    await expect(row).toContainText("已申报");
    await expect(row.getByTestId("row-message")).toHaveText("申报成功");
    // Whatever the page would fetch after the answer (a refresh, prefetches) would have started by now.
    await page.waitForTimeout(1500);

    expect(sent.map((r) => `${r.method()} ${new URL(r.url()).pathname}`)).toEqual([`POST ${SUBMIT_PATH}`]);
    const [press] = sent;
    const headers = await press.allHeaders();
    const expected = pressRequest({
      origin: baseURL!,
      cookie: headers.cookie,
      declarationId: draft.id,
    });
    expect(press.postData()).toBe(expected.body);
    for (const name of ["content-type", "accept", "origin", "referer"] as const) {
      expect(headers[name], name).toBe(expected.headers[name]);
    }

    const { rows } = await draft.client.query(
      `SELECT d.status::text AS status, (SELECT count(*)::int FROM "DeclarationEvent" e WHERE e."declarationId" = d.id) AS events
         FROM "Declaration" d WHERE d.id = $1`,
      [draft.id],
    );
    expect(rows[0]).toEqual({ status: "SUBMITTED", events: 1 });
  } finally {
    await draft.client.end();
  }
});

test("会话已结束时点击申报：转到登录页并说明原因，申报未提交", async ({ page }) => {
  const draft = await openDraft();
  try {
    const row = await draftRow(page, draft.roundName);
    // The session ends on the server (as 退出登录 in another tab would) while the page stays open.
    await draft.client.query(`UPDATE "AuthSession" SET "endedAt" = now() WHERE "endedAt" IS NULL AND "userId" = (SELECT id FROM "User" WHERE name = '王申报')`);
    await row.getByRole("button", { name: "申报" }).click();
    await expect(page).toHaveURL(/\/login\?reason=expired&callbackUrl=%2Ftitle%2Fdeclarations/);
    await expect(page.getByText("登录已超时，请重新登录")).toBeVisible();
    const { rows } = await draft.client.query(`SELECT status::text AS status FROM "Declaration" WHERE id = $1`, [draft.id]);
    expect(rows[0].status).toBe("DRAFT");
  } finally {
    await draft.client.end();
  }
});

test("须修改初始密码时点击申报：转到密码修改页，申报未提交", async ({ page }) => {
  const draft = await openDraft();
  const mustChange = (value: boolean) => draft.client.query(`UPDATE "User" SET "mustChangePassword" = $1 WHERE name = '王申报'`, [value]);
  try {
    const row = await draftRow(page, draft.roundName);
    // The initial password becomes due while the page stays open (as for an account just given one).
    await mustChange(true);
    await row.getByRole("button", { name: "申报" }).click();
    await expect(page).toHaveURL(/\/portal\/password\?first=1$/);
    await expect(page.getByTestId("first-login-notice")).toBeVisible();
    await expect(page.getByText("登录已失效")).toHaveCount(0);
    const { rows } = await draft.client.query(`SELECT status::text AS status FROM "Declaration" WHERE id = $1`, [draft.id]);
    expect(rows[0].status).toBe("DRAFT");
  } finally {
    await mustChange(false);
    await draft.client.end();
  }
});
