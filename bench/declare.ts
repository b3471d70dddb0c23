import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { encode } from "next-auth/jwt";
import { PrismaClient } from "../lib/db/generated/client";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { COMMITMENT_TEXT } from "../lib/declarations/schemas";
import { createUnit, DEMO_PASSWORD, demoPasswordHash } from "../prisma/seed/factories";
import { idNumberFrom } from "../prisma/seed/identifiers";
import { line, summarize, type RunFigures } from "./stats";

// npm run bench -- declare [N ...]: N applicants press 申报 at the window's opening at once, against the production
// build (next start on its own port, its own embedded PostgreSQL), through the real route (session check, proxy,
// submitDeclaration); then the same writes through bare `pg` in a separate Node process as the floor.

const root = path.resolve(import.meta.dirname, "..");
const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 3400);
const DB_PORT = Number(process.env.BENCH_DB_PORT ?? 54690);
const DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next-bench";
const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE ?? 10);
const SECRET = "bench-secret-bench-secret-bench-secret";
const BASE = `http://127.0.0.1:${APP_PORT}`;
/** How many applicants sign in through the real credentials endpoint; the rest get a cookie minted with the server's secret. */
const REAL_SIGN_INS = Number(process.env.BENCH_REAL_SIGN_INS ?? 20);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const FORM = {
  photoFileId: "bench",
  basic: { gender: "男", birthDate: "1990-01-01", ethnicity: "汉族", politicalStatus: "群众", mobile: "13900000000", workStartDate: "2012-07", position: "技术员" },
  professional: { currentTitle: "助理工程师", currentTitleDate: "2018-12-01", level: "INTERMEDIATE", titleName: "工程师", specialty: "机械设计" },
  exam: { examResult: "合格", publicHours: "30", professionalHours: "60" },
  education: [{ start: "2008-09", end: "2012-07", school: "贵州大学", major: "机械工程", degree: "本科" }],
  study: [],
  work: [{ start: "2012-07", end: "", employer: "压测单位", position: "技术员" }],
  achievements: [],
  results: [],
  attachments: {},
  commitment: COMMITMENT_TEXT,
};

async function waitFor(url: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await sleep(300);
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

function ensureBuild() {
  if (existsSync(path.join(root, DIST_DIR, "BUILD_ID"))) return;
  console.log(`未找到生产构建 ${DIST_DIR}，正在构建（next build）…`);
  const built = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_DIST_DIR: DIST_DIR } });
  if (built.status !== 0) throw new Error("next build failed");
}

/** The real sign-in: CSRF token, then the person credentials callback; returns the session cookie. */
async function signIn(idNumber: string) {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const res = await fetch(`${BASE}/api/auth/callback/person`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ idNumber, password: DEMO_PASSWORD, csrfToken, json: "true" }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed for ${idNumber}: ${res.status}`);
  return session.split(";")[0];
}

async function mintCookie(user: { id: string; name: string }) {
  const token = await encode({ token: { sub: user.id, name: user.name, kind: "person", sv: 0, mcp: false }, secret: SECRET, maxAge: 1800 });
  return `next-auth.session-token=${token}`;
}

async function seedApplicants(db: PrismaClient, n: number, tag: number) {
  const unit = await createUnit(db);
  const series = await db.titleSeries.create({ data: { name: `压测系列${randomUUID()}`, titles: { INTERMEDIATE: ["工程师"] } } });
  const closed = { windowStart: new Date(Date.now() + 86_400_000), windowEnd: new Date(Date.now() + 2 * 86_400_000) };
  const round = (label: string) =>
    db.applicationRound.create({ data: { year: 2026, name: `压测${label}${randomUUID()}`, seriesId: series.id, levels: ["INTERMEDIATE"], status: "OPEN", ...closed } });
  const [appRound, rawRound] = [await round("应用"), await round("基线")];
  const passwordHash = await demoPasswordHash();
  const users = Array.from({ length: n }, (_, i) => {
    const birth = new Date(Date.UTC(1970 + tag, 0, 1 + Math.floor(i / 1000))).toISOString().slice(0, 10).replaceAll("-", "");
    return { id: randomUUID(), idNumber: idNumberFrom("520102", birth, String(i % 1000).padStart(3, "0")), name: `压测申报人${i + 1}`, passwordHash, unitId: unit.id };
  });
  await db.user.createMany({ data: users });
  const drafts = (roundId: string) =>
    users.map((u) => ({ id: randomUUID(), roundId, applicantId: u.id, unitId: unit.id, level: "INTERMEDIATE" as const, titleName: "工程师", form: { ...FORM, roundId } }));
  const appDrafts = drafts(appRound.id);
  const rawDrafts = drafts(rawRound.id);
  await db.declaration.createMany({ data: [...appDrafts, ...rawDrafts] });
  return { users, appRound, rawRound, appDrafts, rawDrafts };
}

async function counts(db: PrismaClient, roundId: string) {
  const [submitted, events] = await Promise.all([
    db.declaration.count({ where: { roundId, status: "SUBMITTED" } }),
    db.declarationEvent.count({ where: { action: "申报", declaration: { roundId } } }),
  ]);
  return { submitted, events };
}

/** Opens the round's window a moment from now and returns when it has opened. */
async function openWindowSoon(db: PrismaClient, roundId: string) {
  const opening = new Date(Date.now() + 1500);
  await db.applicationRound.update({ where: { id: roundId }, data: { windowStart: opening, windowEnd: new Date(opening.getTime() + 3_600_000) } });
  await sleep(opening.getTime() - Date.now() + 20);
}

async function runApp(cookies: string[], ids: string[]): Promise<RunFigures & { statuses: Record<string, number> }> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  const start = performance.now();
  await Promise.all(
    ids.map(async (id, i) => {
      const t = performance.now();
      let key: string;
      try {
        const res = await fetch(`${BASE}/api/declarations/${id}/submit`, { method: "POST", headers: { cookie: cookies[i] }, redirect: "manual" });
        await res.arrayBuffer();
        key = String(res.status);
        if (res.status !== 200) errors++;
      } catch (e) {
        key = (e as Error).name;
        errors++;
      }
      statuses[key] = (statuses[key] ?? 0) + 1;
      latencies.push(performance.now() - t);
    }),
  );
  return { n: ids.length, errors, wallMs: performance.now() - start, latencies, statuses };
}

function runBaseline(url: string, items: { id: string; applicantId: string; name: string }[], dir: string): RunFigures {
  const file = path.join(dir, `baseline-${items.length}.json`);
  writeFileSync(file, JSON.stringify({ url, poolSize: POOL_SIZE, items }));
  const out = spawnSync(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "bench/declare-baseline.ts"), file], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (out.status !== 0) throw new Error(`baseline failed: ${out.stderr}`);
  return JSON.parse(out.stdout.trim().split("\n").pop()!) as RunFigures;
}

export async function main(args: string[]) {
  const sizes = args.map(Number).filter((n) => Number.isInteger(n) && n > 0);
  if (sizes.length === 0) sizes.push(200, 1000);
  ensureBuild();
  const dir = mkdtempSync(path.join(tmpdir(), "zc-bench-"));
  // Its own folder: as root, the server runs as a postgres user that cannot enter another private temp folder.
  const dbDir = mkdtempSync(path.join(tmpdir(), "zc-bench-pg-"));
  const database = await startEmbeddedDatabase({ dataDir: dbDir, port: DB_PORT, persistent: false });
  let server: ChildProcess | undefined;
  let db: PrismaClient | undefined;
  let failed = false;
  try {
    const migrated = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/db-migrate.ts"], { cwd: root, env: { ...process.env, DATABASE_URL: database.url }, stdio: "inherit" });
    if (migrated.status !== 0) throw new Error("migration failed");
    db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    // BENCH_PROFILE_DIR: write a CPU profile of the server (node --cpu-prof) to find where the time goes.
    const profile = process.env.BENCH_PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
    server = spawn(process.execPath, [...profile, path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(APP_PORT)], {
      cwd: root,
      detached: true,
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_DIST_DIR: DIST_DIR,
        DATABASE_URL: database.url,
        DATABASE_POOL_SIZE: String(POOL_SIZE),
        NEXTAUTH_SECRET: SECRET,
        NEXTAUTH_URL: BASE,
        STORAGE_DIR: path.join(dir, "files"),
      },
    });
    await waitFor(`${BASE}/login`, 60_000);
    console.log(`生产构建 ${DIST_DIR} 已在 ${BASE} 启动；数据库 ${database.url.replace(/:[^:@/]+@/, ":***@")}；连接池 ${POOL_SIZE}`);

    for (const [tag, n] of sizes.entries()) {
      const seeded = await seedApplicants(db, n, tag);
      const realCount = Math.min(n, REAL_SIGN_INS);
      const cookies = [
        ...(await Promise.all(seeded.users.slice(0, realCount).map((u) => signIn(u.idNumber)))),
        ...(await Promise.all(seeded.users.slice(realCount).map(mintCookie))),
      ];
      // Warm the route (first requests load its code) on a declaration that does not exist.
      for (let i = 0; i < 20; i++) await fetch(`${BASE}/api/declarations/warm-up/submit`, { method: "POST", headers: { cookie: cookies[0] } });

      await openWindowSoon(db, seeded.appRound.id);
      const app = await runApp(cookies, seeded.appDrafts.map((d) => d.id));
      const appCounts = await counts(db, seeded.appRound.id);

      await openWindowSoon(db, seeded.rawRound.id);
      const raw = runBaseline(database.url, seeded.rawDrafts.map((d, i) => ({ id: d.id, applicantId: d.applicantId, name: seeded.users[i].name })), dir);
      const rawCounts = await counts(db, seeded.rawRound.id);

      const a = summarize(app);
      const r = summarize(raw);
      const exact = appCounts.submitted === n && appCounts.events === n;
      console.log(`\n== 申报 N = ${n}（${realCount} 人经 /api/auth/callback/person 登录，其余以服务器密钥签发会话）==`);
      console.log(line("应用", app), ` 状态码 ${JSON.stringify(app.statuses)}`);
      console.log(line("pg 基线", raw));
      console.log(`比值（应用/基线）：吞吐 ${(a.throughput / r.throughput).toFixed(2)}，p50 ${(a.p50 / r.p50).toFixed(1)} 倍，p99 ${(a.p99 / r.p99).toFixed(1)} 倍`);
      console.log(`核对：应用 已申报 ${appCounts.submitted}/${n}，跟踪事件 ${appCounts.events}/${n} ${exact ? "✓" : "✗"}；基线 ${rawCounts.submitted}/${n}，${rawCounts.events}/${n}`);
      console.log(`目标（0 错误，恰好 N，p99 ≤ 3 s）：${app.errors === 0 && exact && a.p99 <= 3000 ? "达到" : "未达到"}`);
      if (app.errors > 0 || !exact) failed = true;
    }
  } finally {
    if (server?.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        /* already gone */
      }
    }
    await db?.$disconnect();
    await database.stop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(dbDir, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}
