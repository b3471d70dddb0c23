import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/db/generated/client";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../lib/db/embedded";
import { BUSY_MESSAGE } from "../lib/db/unavailable";
import { startInstances, type Instances } from "./app-instances";
import { closeConnections, send } from "./http-press";
import { pressRequest, pressSucceeded } from "./press";
import { DIST_DIR, ensureBuild, migrate, mintCookie, SECRET, sleep } from "./server";
import { openWindowSoon, seedApplicants } from "./surge-setup";

// npm run bench -- fault [N]: PostgreSQL stops in the middle of a 申报 surge. Checks that no declaration is
// half-moved (each is DRAFT with nothing else, or SUBMITTED with exactly one tracking event, one frozen version and
// one audit row), that every press that failed was told 系统繁忙，请稍后重试, that pages say so too rather than
// failing blank, and, once PostgreSQL is back, how long until the same app process serves again and that the
// failed applicants can press 申报 again.

const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 4420);
const DB_PORT = Number(process.env.BENCH_DB_PORT ?? 56420);
const BASE = `http://127.0.0.1:${APP_PORT}`;
/** PostgreSQL is stopped once this share of the presses has been answered. */
const STOP_AFTER = Number(process.env.BENCH_FAULT_AFTER ?? 0.3);

type Outcome = "ok" | "busy" | string;

async function press(cookie: string, id: string): Promise<Outcome> {
  try {
    const answer = await send(BASE, pressRequest({ origin: BASE, cookie, declarationId: id }));
    if (pressSucceeded(answer.status, answer.body)) return "ok";
    if (answer.body.includes(BUSY_MESSAGE)) return "busy";
    return `${answer.status} ${answer.body.slice(0, 120)}`;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
  }
}

/** Declarations of the round whose state disagrees with their records: a move half-done. */
async function halfMoved(db: PrismaClient, roundId: string) {
  const rows = await db.$queryRaw<{ status: string; events: number; versions: number; audits: number }[]>`
    SELECT d.status::text AS status,
           (SELECT count(*)::int FROM "DeclarationEvent" e WHERE e."declarationId" = d.id) AS events,
           (SELECT count(*)::int FROM "DeclarationVersion" v WHERE v."declarationId" = d.id) AS versions,
           (SELECT count(*)::int FROM "AuditLog" a WHERE a."entityId" = d.id AND a.action = '申报') AS audits
      FROM "Declaration" d WHERE d."roundId" = ${roundId}`;
  const expected = (s: string) => (s === "SUBMITTED" ? 1 : 0);
  return {
    submitted: rows.filter((r) => r.status === "SUBMITTED").length,
    draft: rows.filter((r) => r.status === "DRAFT").length,
    broken: rows.filter((r) => !["DRAFT", "SUBMITTED"].includes(r.status) || [r.events, r.versions, r.audits].some((n) => n !== expected(r.status))).length,
  };
}

/** What Chromium shows on /title/declarations: the page's text once it has settled, and the HTTP status. */
async function pageInBrowser(cookie: string) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  try {
    const context = await browser.newContext();
    const [name, value] = cookie.split(/=(.*)/s);
    await context.addCookies([{ name, value, url: BASE }]);
    const page = await context.newPage();
    const response = await page.goto(`${BASE}/title/declarations`);
    await page.getByText(BUSY_MESSAGE).first().waitFor({ timeout: 10_000 }).catch(() => {});
    return { status: response?.status(), text: await page.locator("body").innerText() };
  } finally {
    await browser.close();
  }
}

function tally(outcomes: Outcome[]) {
  return outcomes.reduce<Record<string, number>>((t, o) => ({ ...t, [o]: (t[o] ?? 0) + 1 }), {});
}

export async function main(args: string[]) {
  const n = Number(args[0] ?? 400);
  ensureBuild();
  const dbDir = mkdtempSync(path.join(tmpdir(), "zc-fault-pg-"));
  const files = mkdtempSync(path.join(tmpdir(), "zc-fault-files-"));
  // Persistent: stopping the server keeps its data, as a real restart does.
  const start = () => startEmbeddedDatabase({ dataDir: dbDir, port: DB_PORT, persistent: true });
  let database: EmbeddedDatabase | undefined = await start();
  let app: Instances | undefined;
  let db: PrismaClient | undefined;
  let ok = false;
  try {
    migrate(database.url);
    const url = database.url;
    app = await startInstances({
      count: 1,
      port: APP_PORT,
      distDir: DIST_DIR,
      env: { ...process.env, DATABASE_URL: url, NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: BASE, STORAGE_DIR: files },
    });
    db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    const seeded = await seedApplicants(db, n, 0);
    const cookies = await Promise.all(seeded.users.map((u) => mintCookie(db!, u)));
    const ids = seeded.appDrafts.map((d) => d.id);
    for (let i = 0; i < 10; i++) await press(cookies[0], "warm-up");
    closeConnections();

    await openWindowSoon(db, seeded.appRound.id);
    let answered = 0;
    let reached: () => void = () => {};
    const enoughAnswered = new Promise<void>((resolve) => (reached = resolve));
    const surge = Promise.all(
      ids.map(async (id, i) => {
        const outcome = await press(cookies[i], id);
        if (++answered >= Math.ceil(n * STOP_AFTER)) reached();
        return outcome;
      }),
    );
    await db.$disconnect();
    await enoughAnswered;
    await database.stop();
    database = undefined;
    const stoppedAt = performance.now();
    const outcomes = await surge;
    closeConnections();

    // While PostgreSQL is down: a press and a page.
    const downPress = await press(cookies[0], ids[0]);
    const page = await pageInBrowser(cookies[0]);
    const pageClear = page.text.includes(BUSY_MESSAGE) && !/\bat .+:\d+:\d+/.test(page.text);

    database = await start();
    const backAt = performance.now();
    const failed = ids.map((id, i) => ({ id, i })).filter(({ i }) => outcomes[i] !== "ok");
    // The same app process, not restarted: poll with a failed applicant's press until it goes through.
    let recoveryMs = NaN;
    const probe = failed[0] ?? { id: ids[0], i: 0 };
    while (performance.now() - backAt < 30_000) {
      const o = await press(cookies[probe.i], probe.id);
      if (o === "ok" || (failed.length === 0 && o !== "busy")) {
        recoveryMs = performance.now() - backAt;
        break;
      }
      await sleep(100);
    }
    db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    const afterFault = await halfMoved(db, seeded.appRound.id);
    const retried = tally(await Promise.all(failed.slice(1).map(({ id, i }) => press(cookies[i], id))));
    closeConnections();
    const afterRetry = await halfMoved(db, seeded.appRound.id);

    const t = tally(outcomes);
    const other = n - (t.ok ?? 0) - (t.busy ?? 0);
    console.log(`\n== 申报 N = ${n}，${Math.round(STOP_AFTER * 100)}% 的按下得到答复时停止 PostgreSQL ==`);
    console.log(`按下结果：成功 ${t.ok ?? 0}，“${BUSY_MESSAGE}” ${t.busy ?? 0}，其他 ${other} ${other ? JSON.stringify(t) : ""}`);
    console.log(`停机期间：再按申报 → ${downPress === "busy" ? BUSY_MESSAGE : downPress}；打开页面 → HTTP ${page.status}，${pageClear ? `显示“${BUSY_MESSAGE}”，无堆栈` : "未显示明确提示"}`);
    console.log(`故障后核对：已申报 ${afterFault.submitted}，草稿 ${afterFault.draft}，半途状态 ${afterFault.broken}`);
    console.log(`PostgreSQL 恢复后 ${(recoveryMs / 1000).toFixed(2)} s 应用（未重启）重新处理申报（目标 ≤ 10 s）`);
    console.log(`失败者重新按申报：${JSON.stringify(retried)}；最终 已申报 ${afterRetry.submitted}/${n}，半途状态 ${afterRetry.broken}`);
    ok = other === 0 && downPress === "busy" && pageClear && afterFault.broken === 0 && recoveryMs <= 10_000 && afterRetry.submitted === n && afterRetry.broken === 0;
    console.log(`结论：${ok ? "通过" : "未通过"}`);
    console.log(
      JSON.stringify({
        bench: "declare-fault",
        n,
        stop_after: STOP_AFTER,
        ok_before_stop: t.ok ?? 0,
        busy: t.busy ?? 0,
        other_errors: other,
        half_moved: afterFault.broken,
        recovery_ms: Math.round(recoveryMs),
        submitted_after_retry: afterRetry.submitted,
        stopped_for_ms: Math.round(backAt - stoppedAt),
      }),
    );
  } finally {
    await app?.stop();
    await db?.$disconnect();
    await database?.stop();
    rmSync(dbDir, { recursive: true, force: true });
    rmSync(files, { recursive: true, force: true });
  }
  process.exit(ok ? 0 : 1);
}
