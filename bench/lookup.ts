import { spawn } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { cpuMs, postmasterPid } from "./cpu";
import { APP_PORT, BASE, DB_PORT, ensureBuild, migrate, root, startApp } from "./server";

// npm run bench -- lookup: 证书查询 under load. 1,000,000 confirmed certificates (seeded once with generate_series,
// kept in BENCH_LOOKUP_DATA_DIR), then random valid two-of-three lookups, each the very POST the public form sends
// (/api/certificates/lookup: validation, per-IP rate limit, the lookup and its count), against the production build
// at 50 connections for 20 s with autocannon. In the same run, two floors: the app's constant-JSON route
// (/api/health, the framework's ceiling) and the same statement through `pg` in a bare Node HTTP server.

const ROWS = 1_000_000;
const CONNECTIONS = 50;
const DURATION = Number(process.env.BENCH_DURATION ?? 20);
const POOL_SIZE = Number(process.env.DATABASE_POOL_SIZE ?? 10);
const BARE_PORT = Number(process.env.BENCH_BARE_PORT ?? APP_PORT + 1);
const TARGET = { ratio: 0.7, p99: 60 };

const numberOf = (i: number) => `GZB${String(i).padStart(9, "0")}`;
const idNumberOf = (i: number) => `5201021985${String(i).padStart(8, "0")}`;
const nameOf = (i: number) => `证书人${i % 100_000}`;

async function seed(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Certificate" WHERE number LIKE 'GZB%'`);
    if (rows[0].n >= ROWS) return console.log(`已有 ${rows[0].n} 条证书，跳过写入`);
    const started = performance.now();
    await client.query(`DELETE FROM "Certificate" WHERE number LIKE 'GZB%'`);
    await client.query(`
      INSERT INTO "Certificate" (id, number, name, "idNumber", gender, "titleName", level, series, specialty, committee, "approvalNo",
                                 "obtainedOn", issuer, status, "unitId", "photoStatus", "updatedAt")
      SELECT 'bench' || i, 'GZB' || lpad(i::text, 9, '0'), '证书人' || (i % 100000), '5201021985' || lpad(i::text, 8, '0'),
             CASE WHEN i % 2 = 0 THEN '男' ELSE '女' END, '高级工程师', '副高级', '工程系列', '机械设计', '贵州省工程系列高级评审委员会',
             '黔人社职称〔2021〕12号', make_date(2012 + i % 12, 1 + i % 12, 1 + i % 28)::text, '贵州省人力资源和社会保障厅',
             'CONFIRMED', 'bench-unit', 'APPROVED', now()
        FROM generate_series(1, ${ROWS}) AS i`);
    await client.query(`ANALYZE "Certificate"`);
    console.log(`写入 ${ROWS} 条已确认证书：${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await client.end();
  }
}

/** One of 100,000 visitors' addresses, as the reverse proxy in front of the app reports it. */
const visitor = () => `10.${Math.floor(Math.random() * 100)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 4)}`;

/** A random valid two-of-three lookup, as the form sends it. */
function randomBody() {
  const i = 1 + Math.floor(Math.random() * ROWS);
  const all = { name: nameOf(i), idNumber: idNumberOf(i), number: numberOf(i) };
  const drop = (["name", "idNumber", "number"] as const)[Math.floor(Math.random() * 3)];
  return JSON.stringify({ ...all, [drop]: "" });
}

/** One autocannon run, with the CPU each request cost the server and PostgreSQL (/proc: steady under neighbours' load). */
async function load(url: string, post: boolean, cpu: { server: number[]; postgres: number }) {
  const before = { server: cpuMs(cpu.server), postgres: cpuMs([cpu.postgres]) };
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: [
      post
        ? {
            method: "POST",
            setupRequest: (req) => ({ ...req, headers: { "content-type": "application/json", "x-forwarded-for": visitor() }, body: randomBody() }),
          }
        : { method: "GET" },
    ],
  });
  const errors = result.errors + result.timeouts + result.non2xx;
  const per = (ms: number) => ms / Math.max(1, result.requests.total);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors,
    serverCpuMs: per(cpuMs(cpu.server) - before.server),
    postgresCpuMs: per(cpuMs([cpu.postgres]) - before.postgres),
  };
}

async function startBare(databaseUrl: string) {
  const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["bench/lookup-bare.ts"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: String(POOL_SIZE), PORT: String(BARE_PORT) },
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (c: Buffer) => c.toString().includes("ready") && resolve());
    child.on("exit", (code) => reject(new Error(`bare server exited ${code}`)));
  });
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    } catch {
      /* gone */
    }
  };
  return { pid: child.pid!, stop };
}

type Figures = Awaited<ReturnType<typeof load>>;
const fmt = (label: string, r: Figures) =>
  `${label.padEnd(22)} ${r.rps.toFixed(0).padStart(6)} 次/秒  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(4)} ms  错误 ${r.errors}` +
  `  CPU/次 服务器 ${r.serverCpuMs.toFixed(2)} ms + PostgreSQL ${r.postgresCpuMs.toFixed(2)} ms`;

export async function main() {
  ensureBuild();
  const dataDir = process.env.BENCH_LOOKUP_DATA_DIR ?? path.join(root, ".data/bench-lookup-pg");
  const database = await startEmbeddedDatabase({ dataDir, port: DB_PORT, persistent: true });
  let stopApp: (() => Promise<void>) | undefined;
  let stopBare: (() => void) | undefined;
  try {
    migrate(database.url);
    await seed(database.url);
    // The bench comes from one address: the per-IP limit is lifted so every request does the full work unrefused.
    process.env.LOOKUP_PER_MINUTE = String(1e9);
    // The load generator stands in for the reverse proxy that reports each visitor's address.
    process.env.TRUSTED_PROXIES = "127.0.0.1";
    const served = await startApp({ databaseUrl: database.url, poolSize: POOL_SIZE, storageDir: path.join(root, ".data/bench-files") });
    stopApp = served.stop;
    const appCpu = { server: served.pids, postgres: postmasterPid(dataDir) };
    const probe = await fetch(`${BASE}/api/certificates/lookup`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ name: nameOf(7), number: numberOf(7) }) });
    const answer = (await probe.json()) as { ok: boolean; data?: { number: string; idNumber: string }[] };
    if (!answer.ok || answer.data?.[0]?.number !== numberOf(7) || !answer.data[0].idNumber.includes("*")) throw new Error(`lookup probe failed: ${JSON.stringify(answer)}`);
    await load(`${BASE}/api/health`, false, appCpu); // warm-up of both routes
    await load(`${BASE}/api/certificates/lookup`, true, appCpu);
    // The ceiling is measured before and after the app and averaged: the machine's load drifts during a run.
    const before = await load(`${BASE}/api/health`, false, appCpu);
    const app = await load(`${BASE}/api/certificates/lookup`, true, appCpu);
    const after = await load(`${BASE}/api/health`, false, appCpu);
    const mean = (a: number, b: number) => (a + b) / 2;
    const constJson: Figures = {
      rps: mean(before.rps, after.rps),
      p50: Math.max(before.p50, after.p50),
      p99: Math.max(before.p99, after.p99),
      errors: before.errors + after.errors,
      serverCpuMs: mean(before.serverCpuMs, after.serverCpuMs),
      postgresCpuMs: mean(before.postgresCpuMs, after.postgresCpuMs),
    };
    await stopApp();
    stopApp = undefined;
    const bareServer = await startBare(database.url);
    stopBare = bareServer.stop;
    const bare = await load(`http://127.0.0.1:${BARE_PORT}/`, true, { server: [bareServer.pid], postgres: appCpu.postgres });
    console.log(`\n证书查询压测：${ROWS.toLocaleString()} 条已确认证书，${CONNECTIONS} 个连接，每项 ${DURATION} s`);
    console.log(fmt("应用 证书查询", app));
    console.log(fmt("Next 常量 JSON 路由", constJson), `（前后两次：${before.rps.toFixed(0)}、${after.rps.toFixed(0)} 次/秒）`);
    console.log(fmt("裸 Node + pg 同一语句", bare));
    const ratio = app.rps / constJson.rps;
    console.log(`每次请求服务器 CPU：应用 / 常量 JSON = ${(constJson.serverCpuMs / app.serverCpuMs).toFixed(2)}（按 CPU 计的比值，不随邻居负载变化）`);
    console.log(`应用 / 常量 JSON = ${ratio.toFixed(2)}（目标 ≥ ${TARGET.ratio}）；应用 / 裸 pg = ${(app.rps / bare.rps).toFixed(2)}；p99 ${app.p99} ms（目标 ≤ ${TARGET.p99} ms）`);
    console.log(
      JSON.stringify({ bench: "lookup", app_rps: Math.round(app.rps), const_json_rps: Math.round(constJson.rps), bare_rps: Math.round(bare.rps), p50_ms: app.p50, p99_ms: app.p99, errors: app.errors,
        server_cpu_ms: +app.serverCpuMs.toFixed(3), const_json_server_cpu_ms: +constJson.serverCpuMs.toFixed(3) }),
    );
  } finally {
    await stopApp?.();
    stopBare?.();
    await database.stop();
  }
}
