import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { encode } from "next-auth/jwt";
import type { PrismaClient } from "../lib/db/generated/client";
import { DEMO_PASSWORD } from "../prisma/seed/factories";
import { startInstances } from "./app-instances";

// What every HTTP benchmark shares: the production build, served on the bench's own port against the bench's
// database, and signed-in sessions (through the real credentials endpoint, or minted with the server's secret).

export const root = path.resolve(import.meta.dirname, "..");
export const APP_PORT = Number(process.env.BENCH_APP_PORT ?? 3400);
export const DB_PORT = Number(process.env.BENCH_DB_PORT ?? 54690);
export const DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next-bench";
export const SECRET = "bench-secret-bench-secret-bench-secret";
export const BASE = `http://127.0.0.1:${APP_PORT}`;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function waitFor(url: string, timeoutMs: number) {
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

export function ensureBuild() {
  if (existsSync(path.join(root, DIST_DIR, "BUILD_ID"))) return;
  console.log(`未找到生产构建 ${DIST_DIR}，正在构建（next build）…`);
  const built = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_DIST_DIR: DIST_DIR } });
  if (built.status !== 0) throw new Error("next build failed");
}

/** Applies the migrations to the bench's database (scripts/db-migrate.ts, as `npm run db:migrate`). */
export function migrate(databaseUrl: string) {
  const migrated = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/db-migrate.ts"], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "inherit" });
  if (migrated.status !== 0) throw new Error("migration failed");
}

/** The production build as `npm start` serves it (scripts/serve.ts, one process) on APP_PORT, against the bench's database. */
export async function startApp(opts: { databaseUrl: string; poolSize: number; storageDir: string }) {
  const app = await startInstances({
    count: 1,
    port: APP_PORT,
    distDir: DIST_DIR,
    env: {
      ...process.env,
      DATABASE_URL: opts.databaseUrl,
      DATABASE_POOL_SIZE: String(opts.poolSize),
      NEXTAUTH_SECRET: SECRET,
      NEXTAUTH_URL: BASE,
      STORAGE_DIR: opts.storageDir,
    },
  });
  console.log(`生产构建 ${DIST_DIR} 已在 ${BASE} 启动；数据库 ${opts.databaseUrl.replace(/:[^:@/]+@/, ":***@")}；连接池 ${opts.poolSize}`);
  return app;
}

/** The real sign-in: CSRF token, then the person credentials callback; returns the session cookie. */
export async function signIn(idNumber: string) {
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

/** A session as sign-in makes it (a server-side AuthSession row named by the token), without the sign-in's cost. */
export async function mintCookie(db: PrismaClient, user: { id: string; name: string }) {
  const session = await db.authSession.create({ data: { userId: user.id } });
  const st = Math.floor(session.createdAt.getTime() / 1000);
  const token = await encode({ token: { sub: user.id, name: user.name, kind: "person", sv: 0, mcp: false, sid: session.id, st }, secret: SECRET, maxAge: 1800 });
  return `next-auth.session-token=${token}`;
}
