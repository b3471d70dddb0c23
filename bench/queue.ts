import { spawnSync } from "node:child_process";
import http from "node:http";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { QUEUES } from "../lib/review/queue-config";
import { BUREAU_ID, ENTERPRISE_ID, nameInQueue, PROVINCE_DECLARATIONS, REVIEWERS, seedQueueData, UNIT_DECLARATIONS } from "./queue-seed";
import { BASE, DB_PORT, ensureBuild, migrate, root, signIn, startApp } from "./server";
import { percentile } from "./stats";

// npm run bench -- queue [N]: the reviewer queues under a province's volume. A UNIT_HANDLER of an enterprise with
// 10,000 submitted declarations opens 单位内部核验, and one of 贵阳市's HR bureau, facing most of 200,000 provincial
// declarations, opens 资格性审查: each page (first page, then filtered by a name) N times in sequence after a
// warm-up, as full GETs of the server-rendered HTML with a signed-in cookie, against the production build. TTFB is
// the time to the first byte of the body. Beside it, the two statements listQueue issues, bare through `pg`.
// The database (BENCH_QUEUE_DATA_DIR, default .data/bench-queue-pg) is seeded on the first run and kept.

const WARM_UP = 20;
const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE ?? 10);
const TARGET = { p50: 150, p99: 400 };

type Case = { label: string; reviewer: keyof typeof REVIEWERS; key: "verify" | "qualification"; q?: string };

/** One GET: milliseconds to the first byte of the body and to its end, with the status and the HTML. */
function get(url: string, cookie: string, agent: http.Agent) {
  return new Promise<{ ttfb: number; total: number; status: number; html: string }>((resolve, reject) => {
    const start = performance.now();
    http
      .get(url, { agent, headers: { cookie, "accept-encoding": "identity" } }, (res) => {
        let ttfb = NaN;
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => {
          if (chunks.length === 0) ttfb = performance.now() - start;
          chunks.push(c);
        });
        res.on("end", () => resolve({ ttfb, total: performance.now() - start, status: res.statusCode ?? 0, html: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      })
      .on("error", reject);
  });
}

function caseUrl(c: Case) {
  return `${BASE}${QUEUES[c.key].href}${c.q ? `?q=${encodeURIComponent(c.q)}` : ""}`;
}

/** The count the page shows (共 N 条), which must equal the count of the bare statement. */
function shownTotal(html: string) {
  const m = /共 (?:<!-- -->)?(\d+)(?:<!-- -->)? 条/.exec(html);
  return m ? Number(m[1]) : null;
}

async function runHttp(c: Case, cookie: string, n: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const first = await get(caseUrl(c), cookie, agent);
  if (first.status !== 200) throw new Error(`${caseUrl(c)} answered ${first.status}`);
  if (c.q && !first.html.includes(c.q)) throw new Error(`${caseUrl(c)} does not show ${c.q}`);
  for (let i = 1; i < WARM_UP; i++) await get(caseUrl(c), cookie, agent);
  const ttfb: number[] = [];
  const total: number[] = [];
  let errors = 0;
  for (let i = 0; i < n; i++) {
    const r = await get(caseUrl(c), cookie, agent);
    if (r.status !== 200) errors++;
    ttfb.push(r.ttfb);
    total.push(r.total);
  }
  agent.destroy();
  return { ttfb, total, errors, shown: shownTotal(first.html) };
}

type SqlFigures = Record<string, { latencies: number[]; total: number }>;

function runSql(url: string, cases: Case[], n: number, dir: string): SqlFigures {
  const file = path.join(dir, "queue-sql.json");
  const input = { url, n, warmUp: WARM_UP, explain: !!process.env.BENCH_EXPLAIN, cases: cases.map((c) => ({ label: c.label, userId: REVIEWERS[c.reviewer].id, key: c.key, q: c.q })) };
  writeFileSync(file, JSON.stringify(input));
  const out = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(root, "bench/queue-sql.ts"), file], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (out.status !== 0) throw new Error("bare SQL run failed");
  return JSON.parse(out.stdout.trim().split("\n").pop()!) as SqlFigures;
}

const ms = (v: number) => `${v.toFixed(1).padStart(6)} ms`;
const p = (values: number[], q: number) => percentile([...values].sort((a, b) => a - b), q);

export async function main(args: string[]) {
  const n = Number(args[0] ?? 200);
  if (!Number.isInteger(n) || n < 1) throw new Error("用法: npm run bench -- queue [N]");
  ensureBuild();
  const dir = mkdtempSync(path.join(tmpdir(), "zc-bench-queue-"));
  const database = await startEmbeddedDatabase({ dataDir: process.env.BENCH_QUEUE_DATA_DIR ?? path.join(root, ".data/bench-queue-pg"), port: DB_PORT, persistent: true });
  let server: Awaited<ReturnType<typeof startApp>> | undefined;
  let failed = false;
  try {
    migrate(database.url);
    await seedQueueData(database.url);
    const unitName = await nameInQueue(database.url, ENTERPRISE_ID, QUEUES.verify.tabs[0].statuses);
    const bureauName = await nameInQueue(database.url, BUREAU_ID, QUEUES.qualification.tabs[0].statuses);
    const cases: Case[] = [
      { label: "单位内部核验 首页", reviewer: "unit", key: "verify" },
      { label: `单位内部核验 姓名“${unitName}”`, reviewer: "unit", key: "verify", q: unitName },
      { label: "资格性审查 首页", reviewer: "bureau", key: "qualification" },
      { label: `资格性审查 姓名“${bureauName}”`, reviewer: "bureau", key: "qualification", q: bureauName },
    ];

    const sql = runSql(database.url, cases, n, dir);
    server = await startApp({ databaseUrl: database.url, poolSize: POOL_SIZE, storageDir: path.join(dir, "files") });
    const cookies = { unit: await signIn(REVIEWERS.unit.idNumber), bureau: await signIn(REVIEWERS.bureau.idNumber) };

    console.log(`\n== 审核队列：本单位 ${UNIT_DECLARATIONS} 条已申报，全省另 ${PROVINCE_DECLARATIONS} 条；每页 ${n} 次顺序 GET（预热 ${WARM_UP} 次），两名经办经 /api/auth/callback/person 登录 ==`);
    console.log(`${"".padEnd(22)}   TTFB p50     TTFB p99     整页 p50      裸 SQL p50   裸 SQL p99   共 N 条`);
    const figures: Record<string, { ttfb: number[]; sql: number[] }> = {};
    for (const c of cases) {
      const h = await runHttp(c, cookies[c.reviewer], n);
      const s = sql[c.label].latencies;
      figures[c.label] = { ttfb: h.ttfb, sql: s };
      console.log(`${c.label.padEnd(22)} ${ms(p(h.ttfb, 50))}  ${ms(p(h.ttfb, 99))}  ${ms(p(h.total, 50))}  ${ms(p(s, 50))}  ${ms(p(s, 99))}   ${h.shown ?? "?"}${h.shown === sql[c.label].total ? "" : `（裸 SQL ${sql[c.label].total}）`}${h.errors ? `  错误 ${h.errors}` : ""}`);
      if (h.errors > 0 || h.shown !== sql[c.label].total) failed = true;
    }
    const pooled = (key: Case["key"], f: "ttfb" | "sql") => cases.filter((c) => c.key === key).flatMap((c) => figures[c.label][f]);
    const result = {
      bench: "queue",
      unit_p50_ms: +p(pooled("verify", "ttfb"), 50).toFixed(1),
      unit_p99_ms: +p(pooled("verify", "ttfb"), 99).toFixed(1),
      bureau_p50_ms: +p(pooled("qualification", "ttfb"), 50).toFixed(1),
      bureau_p99_ms: +p(pooled("qualification", "ttfb"), 99).toFixed(1),
      sql_p50_ms: +p([...pooled("verify", "sql"), ...pooled("qualification", "sql")], 50).toFixed(1),
    };
    const met = Math.max(result.unit_p50_ms, result.bureau_p50_ms) <= TARGET.p50 && Math.max(result.unit_p99_ms, result.bureau_p99_ms) <= TARGET.p99;
    console.log(`目标（每个队列 TTFB p50 ≤ ${TARGET.p50} ms，p99 ≤ ${TARGET.p99} ms；首页与姓名筛选合计）：${met ? "达到" : "未达到"}`);
    console.log(JSON.stringify(result));
  } finally {
    await server?.stop();
    await database.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}
