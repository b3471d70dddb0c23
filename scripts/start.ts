import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/db/generated/client";
import { DATA_DIR, resolveDatabase } from "../lib/db/local-database";
import { applyPendingMigrations } from "../lib/db/schema-engine";
import { seedDemo } from "../prisma/seed/demo";
import { buildIsCurrent, recordBuild } from "./build-fingerprint";

// `npm start`: database (embedded unless DATABASE_URL is set) → migrations → demo data → build (only when the
// sources changed since the last one) → serve on :3000. `npm run dev` does the same with the development server
// instead of a build.

if (existsSync(".env")) process.loadEnvFile(".env");
const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";

function sessionSecret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(DATA_DIR, "nextauth-secret");
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv) {
  return spawn(cmd, args, { stdio: "inherit", env });
}

function exitCode(child: ReturnType<typeof spawn>) {
  return new Promise<number>((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

const database = await resolveDatabase();
const stop = async (code: number) => {
  await database.stop();
  process.exit(code);
};

try {
  const applied = await applyPendingMigrations(database.url);
  if (applied.length) console.log(`已应用迁移: ${applied.join(", ")}`);
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  await seedDemo(db);
  await db.$disconnect();
  console.log("演示数据已就绪");
} catch (error) {
  console.error(error);
  await stop(1);
}

const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: database.url,
  NEXTAUTH_SECRET: sessionSecret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  SMS_OUTBOX_PAGE: process.env.SMS_OUTBOX_PAGE ?? "true",
};

const root = path.resolve(import.meta.dirname, "..");
const distDir = process.env.NEXT_DIST_DIR || ".next";
if (!dev && buildIsCurrent(root, distDir)) {
  console.log(`源代码未变化，沿用已有构建 ${distDir}`);
} else if (!dev) {
  const built = await exitCode(run("next", ["build"], { ...env, NODE_ENV: "production" }));
  if (built !== 0) await stop(built);
  recordBuild(root, distDir);
}
const server = run("tsx", ["scripts/serve.ts", ...(dev ? ["--dev"] : []), "-p", port], env);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
console.log(`\n平台地址: http://localhost:${port}  （演示账号见 README）\n`);
await stop(await exitCode(server));
