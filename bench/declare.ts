import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/db/generated/client";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { startInstances, type Instances } from "./app-instances";
import { cpuMs, postmasterPid } from "./cpu";
import { closeConnections, send } from "./http-press";
import { FLOOR_PATH, pressRequest, pressSucceeded } from "./press";
import { cpuLine, line, summarize, type RunFigures } from "./stats";
import { APP_PORT, BASE, DB_PORT, DIST_DIR, ensureBuild, migrate, mintCookie, root, SECRET, signIn } from "./server";
import { counts, openWindowSoon, REAL_SIGN_INS, seedApplicants } from "./surge-setup";

// npm run bench -- declare [N ...]: N applicants press 申报 at the window's opening at once, against the production
// build (next start on its own port, its own embedded PostgreSQL), sending exactly what Chromium sends for the
// press (bench/press.ts); then the same N requests to a Next route that reads the body and answers a constant (the
// framework's floor: POST /api/health); then the same statements through bare `pg` in a separate Node process.
// Ends with one JSON line of figures per run.

const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE ?? 10);

type Target = { path: string; succeeded: (status: number, body: string) => boolean };
const APP: Target = { path: "", succeeded: pressSucceeded };
const FLOOR: Target = { path: FLOOR_PATH, succeeded: (status, body) => status === 200 && body.includes('"status":"ok"') };

async function runPresses(target: Target, base: string, cookies: string[], ids: string[], cpu: Cpu): Promise<RunFigures & { outcomes: Record<string, number> }> {
  const latencies: number[] = [];
  const outcomes: Record<string, number> = {};
  let errors = 0;
  const balancer = cpu.balancer ? [cpu.balancer] : [];
  const before = { server: cpuMs(cpu.server), postgres: cpuMs([cpu.postgres]), balancer: cpuMs(balancer), client: process.cpuUsage() };
  const start = performance.now();
  await Promise.all(
    ids.map(async (id, i) => {
      const t = performance.now();
      let key: string;
      try {
        const press = pressRequest({ origin: base, cookie: cookies[i], declarationId: id });
        const answer = await send(base, target.path ? { ...press, path: target.path } : press);
        key = target.succeeded(answer.status, answer.body) ? "申报成功" : `${answer.status} ${answer.body.match(/"message":"([^"]*)"/)?.[1] ?? ""}`.trim();
      } catch (e) {
        key = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      }
      if (key !== "申报成功") errors++;
      outcomes[key] = (outcomes[key] ?? 0) + 1;
      latencies.push(performance.now() - t);
    }),
  );
  const wallMs = performance.now() - start;
  const client = process.cpuUsage(before.client);
  const cpuUsed: Record<string, number> = {
    服务器: cpuMs(cpu.server) - before.server,
    ...(cpu.balancer ? { HAProxy: cpuMs(balancer) - before.balancer } : {}),
    PostgreSQL: cpuMs([cpu.postgres]) - before.postgres,
    压测端: (client.user + client.system) / 1000,
  };
  return { n: ids.length, errors, wallMs, latencies, outcomes, cpuMs: cpuUsed };
}

type Cpu = { server: number[]; postgres: number; balancer?: number };

/** The baseline holds as many connections as the app processes together. */
type BaselineItem = { id: string; applicantId: string; name: string; sessionId: string };

function runBaseline(url: string, items: BaselineItem[], dir: string, postgres: number, poolSize: number): RunFigures {
  const file = path.join(dir, `baseline-${items.length}.json`);
  writeFileSync(file, JSON.stringify({ url, poolSize, items }));
  const pgBefore = cpuMs([postgres]);
  const out = spawnSync(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "bench/declare-baseline.ts"), file], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (out.status !== 0) throw new Error(`baseline failed: ${out.stderr}`);
  const figures = JSON.parse(out.stdout.trim().split("\n").pop()!) as RunFigures;
  return { ...figures, cpuMs: { "pg 客户端": figures.cpuMs?.client ?? 0, PostgreSQL: cpuMs([postgres]) - pgBefore } };
}

type Figures = { n: number; instances: number; app: RunFigures; floor: RunFigures; raw: RunFigures; submitted: number; events: number; realSignIns: number; outcomes: Record<string, number> };

async function pressRun(db: PrismaClient, databaseUrl: string, dir: string, base: string, n: number, tag: number, instances: number, cpu: Cpu): Promise<Figures> {
  const seeded = await seedApplicants(db, n, tag);
  const realSignIns = Math.min(n, REAL_SIGN_INS);
  const cookies = [
    ...(await Promise.all(seeded.users.slice(0, realSignIns).map((u) => signIn(u.idNumber)))),
    ...(await Promise.all(seeded.users.slice(realSignIns).map((u) => mintCookie(db, u)))),
  ];
  await openWindowSoon(db, seeded.appRound.id);
  const app = await runPresses(APP, base, cookies, seeded.appDrafts.map((d) => d.id), cpu);
  closeConnections();
  const appCounts = await counts(db, seeded.appRound.id);
  const floor = await runPresses(FLOOR, base, cookies, seeded.appDrafts.map((d) => d.id), cpu);
  closeConnections();

  await openWindowSoon(db, seeded.rawRound.id);
  // Each applicant's server-side session (the sign-in or the minted cookie opened one), checked as the app checks it.
  const sessions = new Map((await db.authSession.findMany({ where: { userId: { in: seeded.users.map((u) => u.id) } }, select: { id: true, userId: true } })).map((s) => [s.userId, s.id]));
  const items = seeded.rawDrafts.map((d, i) => ({ id: d.id, applicantId: d.applicantId, name: seeded.users[i].name, sessionId: sessions.get(d.applicantId)! }));
  const raw = runBaseline(databaseUrl, items, dir, cpu.postgres, POOL_SIZE * instances);
  return { n, instances, app, floor, raw, ...appCounts, realSignIns, outcomes: app.outcomes };
}

const WARM_UP_PRESSES = 1000;

/**
 * A server that has been up when the window opens has loaded and compiled the press's code; a process started a
 * moment ago has not, and its first thousand presses cost it up to twice the CPU. Each started server first takes a
 * surge of its own (another round's applicants, not measured), and as many requests to the floor's route.
 */
async function warmUp(db: PrismaClient, base: string, tag: number) {
  const seeded = await seedApplicants(db, WARM_UP_PRESSES, tag);
  const cookies = await Promise.all(seeded.users.map((u) => mintCookie(db, u)));
  await openWindowSoon(db, seeded.appRound.id);
  const presses = seeded.appDrafts.map((d, i) => pressRequest({ origin: base, cookie: cookies[i], declarationId: d.id }));
  await Promise.all(presses.map((press) => send(base, press)));
  closeConnections();
  await Promise.all(presses.map((press) => send(base, { ...press, path: FLOOR_PATH })));
  closeConnections();
}

function figuresJson(f: Figures) {
  const a = summarize(f.app);
  const r = summarize(f.raw);
  const fl = summarize(f.floor);
  const round = (x: number) => Math.round(x * 10) / 10;
  const serverCpu = (run: RunFigures) => Math.round(((run.cpuMs?.服务器 ?? 0) / run.n) * 100) / 100;
  return {
    bench: "declare",
    n: f.n,
    instances: f.instances,
    app_rps: round(a.throughput),
    floor_rps: round(fl.throughput),
    baseline_rps: round(r.throughput),
    p50_ms: Math.round(a.p50),
    p99_ms: Math.round(a.p99),
    errors: f.app.errors,
    submitted: f.submitted,
    events: f.events,
    server_cpu_ms: serverCpu(f.app),
    floor_server_cpu_ms: serverCpu(f.floor),
  };
}

function report(f: Figures) {
  const a = summarize(f.app);
  const r = summarize(f.raw);
  const exact = f.submitted === f.n && f.events === f.n;
  console.log(`\n== 申报 N = ${f.n}，${f.instances} 个应用进程（${f.realSignIns} 人经 /api/auth/callback/person 登录，其余以服务器密钥签发会话）==`);
  console.log(line("应用", f.app), ` 结果 ${JSON.stringify(f.outcomes)}`);
  console.log(`           ${cpuLine(f.app)}`);
  console.log(line("框架下限", f.floor));
  console.log(`           ${cpuLine(f.floor)}`);
  console.log(line("pg 基线", f.raw));
  console.log(`           ${cpuLine(f.raw)}`);
  const fl = summarize(f.floor);
  const perPress = (run: RunFigures) => (run.cpuMs?.服务器 ?? 0) / run.n;
  console.log(`比值（应用/框架下限）：吞吐 ${(a.throughput / fl.throughput).toFixed(2)}，服务器 CPU/次 ${(perPress(f.floor) / perPress(f.app)).toFixed(2)}（按 CPU 计，不随邻居负载变化）`);
  console.log(`比值（应用/基线）：吞吐 ${(a.throughput / r.throughput).toFixed(2)}，p50 ${(a.p50 / r.p50).toFixed(1)} 倍，p99 ${(a.p99 / r.p99).toFixed(1)} 倍`);
  console.log(`核对：已申报 ${f.submitted}/${f.n}，跟踪事件 ${f.events}/${f.n} ${exact ? "✓" : "✗"}；框架下限错误 ${f.floor.errors}`);
  const met = f.app.errors === 0 && exact && a.p99 <= 3000 && a.throughput >= 0.3 * fl.throughput;
  console.log(`目标（0 错误，恰好 N，p99 ≤ 3 s，吞吐 ≥ 0.30 × 框架下限）：${met ? "达到" : "未达到"}`);
  return f.app.errors === 0 && f.floor.errors === 0 && exact;
}

/** `declare 1000 --instances 1,2`: the sizes, and the instance counts to run each size with. */
function parseArgs(args: string[]) {
  const at = args.indexOf("--instances");
  const instances = at >= 0 ? args[at + 1].split(",").map(Number) : [1];
  const rest = at >= 0 ? [...args.slice(0, at), ...args.slice(at + 2)] : args;
  const sizes = rest.map(Number).filter((n) => Number.isInteger(n) && n > 0);
  return { sizes: sizes.length ? sizes : [200, 1000], instances };
}

function sideBySide(all: Figures[]) {
  if (new Set(all.map((f) => f.instances)).size < 2) return;
  console.log("\n== 并列（同一次运行）==");
  console.log("N      进程数  应用 次/秒  p50 ms  p99 ms  错误  下限 次/秒  基线 次/秒  应用/下限  服务器 CPU/次");
  for (const f of all) {
    const a = summarize(f.app);
    const r = summarize(f.raw);
    const fl = summarize(f.floor);
    const server = (f.app.cpuMs?.服务器 ?? 0) / f.n;
    console.log(
      `${String(f.n).padEnd(6)} ${String(f.instances).padEnd(6)} ${a.throughput.toFixed(0).padStart(9)} ${a.p50.toFixed(0).padStart(7)} ${a.p99.toFixed(0).padStart(7)} ${String(f.app.errors).padStart(5)} ${fl.throughput.toFixed(0).padStart(10)} ${r.throughput.toFixed(0).padStart(10)} ${(a.throughput / fl.throughput).toFixed(2).padStart(9)} ${server.toFixed(2).padStart(8)} ms`,
    );
  }
}

export async function main(args: string[]) {
  const { sizes, instances } = parseArgs(args);
  ensureBuild();
  const dir = mkdtempSync(path.join(tmpdir(), "zc-bench-"));
  // Its own folder: as root, the server runs as a postgres user that cannot enter another private temp folder.
  const dbDir = mkdtempSync(path.join(tmpdir(), "zc-bench-pg-"));
  const database = await startEmbeddedDatabase({ dataDir: dbDir, port: DB_PORT, persistent: false });
  let db: PrismaClient | undefined;
  let ok = true;
  const all: Figures[] = [];
  try {
    migrate(database.url);
    db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    for (const count of instances) {
      const app: Instances = await startInstances({
        count,
        port: APP_PORT,
        distDir: DIST_DIR,
        env: { ...process.env, DATABASE_URL: database.url, DATABASE_POOL_SIZE: String(POOL_SIZE), NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: BASE, STORAGE_DIR: path.join(dir, "files") },
      });
      try {
        const shape = count > 1 ? `${app.bases.join("、")}，经 HAProxy ${app.base}` : app.base;
        console.log(`\n生产构建 ${DIST_DIR} 已在 ${shape} 启动；数据库 ${database.url.replace(/:[^:@/]+@/, ":***@")}；每进程连接池 ${POOL_SIZE}`);
        // Birth years of the seeded applicants come from the tag: the warm-ups take tags after the measured runs'.
        await warmUp(db, app.base, 30 + count);
        console.log(`预热：先处理 ${WARM_UP_PRESSES} 次另一批次的申报与同样多的框架下限请求（不计入结果）`);
        for (const n of sizes) {
          const cpu = { server: app.pids, postgres: postmasterPid(dbDir), balancer: app.balancerPid };
          const figures = await pressRun(db, database.url, dir, app.base, n, all.length, count, cpu);
          all.push(figures);
          ok = report(figures) && ok;
        }
      } finally {
        await app.stop();
      }
    }
    sideBySide(all);
    // The output ends with the figures as JSON, one line per run.
    for (const f of all) console.log(JSON.stringify(figuresJson(f)));
  } finally {
    await db?.$disconnect();
    await database.stop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(dbDir, { recursive: true, force: true });
  }
  process.exit(ok ? 0 : 1);
}
