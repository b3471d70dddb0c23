import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/db/generated/client";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { createUnit, demoPasswordHash } from "../prisma/seed/factories";
import { idNumberFrom } from "../prisma/seed/identifiers";
import { DB_PORT, ensureBuild, migrate, mintCookie, root, BASE, signIn, sleep, startApp } from "./server";
import { FORM } from "./fixtures";
import { line, summarize, type RunFigures } from "./stats";

// npm run bench -- declare [N ...]: N applicants press 申报 at the window's opening at once, against the production
// build (next start on its own port, its own embedded PostgreSQL), through the real route (session check, proxy,
// submitDeclaration); then the same writes through bare `pg` in a separate Node process as the floor.

const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE ?? 10);
/** How many applicants sign in through the real credentials endpoint; the rest get a cookie minted with the server's secret. */
const REAL_SIGN_INS = Number(process.env.BENCH_REAL_SIGN_INS ?? 20);

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
  let server: Awaited<ReturnType<typeof startApp>> | undefined;
  let db: PrismaClient | undefined;
  let failed = false;
  try {
    migrate(database.url);
    db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
    server = await startApp({ databaseUrl: database.url, poolSize: POOL_SIZE, storageDir: path.join(dir, "files") });

    for (const [tag, n] of sizes.entries()) {
      const seeded = await seedApplicants(db, n, tag);
      const realCount = Math.min(n, REAL_SIGN_INS);
      const cookies = [
        ...(await Promise.all(seeded.users.slice(0, realCount).map((u) => signIn(u.idNumber)))),
        ...(await Promise.all(seeded.users.slice(realCount).map((u) => mintCookie(db!, u)))),
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
    server?.stop();
    await db?.$disconnect();
    await database.stop();
    rmSync(dir, { recursive: true, force: true });
    rmSync(dbDir, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
}
