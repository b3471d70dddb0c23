import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { localS3Environment } from "./support/s3-server";

// Hermetic browser run: a throwaway embedded PostgreSQL (migrated and seeded), then the production build served
// on its own port, and a second process of the same build behind HAProxy with the first (deploy/haproxy.cfg) for
// the several-instances spec. Playwright starts webServers in order, so the database is ready before the app.
// E2E_STORAGE=s3 keeps the files in a bucket of a local S3-compatible server started first, instead of a folder.

const root = path.resolve(import.meta.dirname, "..");
const APP_PORT = Number(process.env.E2E_APP_PORT ?? 3100);
const DB_PORT = Number(process.env.E2E_DB_PORT ?? 54390);
const READY_PORT = Number(process.env.E2E_READY_PORT ?? 3190);
const APP2_PORT = Number(process.env.E2E_APP2_PORT ?? APP_PORT + 1);
const BALANCER_PORT = Number(process.env.E2E_BALANCER_PORT ?? APP_PORT + 2);
const S3_PORT = Number(process.env.E2E_S3_PORT ?? APP_PORT + 3);
const S3_BUCKET = "zhicheng-e2e";
const storageEnv =
  process.env.E2E_STORAGE === "s3" ? localS3Environment(`http://127.0.0.1:${S3_PORT}`, S3_BUCKET) : { STORAGE_DIR: path.join(root, ".data/e2e-files") };
const databaseUrl = `postgresql://postgres:postgres@127.0.0.1:${DB_PORT}/zhicheng`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1366, height: 768 }, channel: undefined } },
  ],
  webServer: [
    ...(process.env.E2E_STORAGE === "s3"
      ? [
          {
            command: "tsx tests/e2e/support/s3-server.ts",
            cwd: root,
            // Unsigned, the server answers 403: it is up.
            url: `http://127.0.0.1:${S3_PORT}/`,
            env: { E2E_S3_PORT: String(S3_PORT), E2E_S3_BUCKET: S3_BUCKET },
            timeout: 30_000,
            reuseExistingServer: false,
          },
        ]
      : []),
    {
      command: "tsx tests/e2e/support/database-server.ts",
      cwd: root,
      url: `http://127.0.0.1:${READY_PORT}/ready`,
      // The demo data stores its files where the app reads them.
      env: { E2E_DB_PORT: String(DB_PORT), E2E_READY_PORT: String(READY_PORT), ...storageEnv },
      timeout: 120_000,
      reuseExistingServer: false,
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    },
    ...[APP_PORT, APP2_PORT].map((port) => ({
      command: `tsx scripts/serve.ts -p ${port}`,
      cwd: root,
      url: `http://127.0.0.1:${port}/login`,
      env: {
        NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-e2e",
        DATABASE_URL: databaseUrl,
        NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret",
        NEXTAUTH_URL: `http://127.0.0.1:${APP_PORT}`,
        SMS_OUTBOX_PAGE: "true",
        ...storageEnv,
      },
      timeout: 120_000,
      reuseExistingServer: false,
    })),
    {
      command: "haproxy -db -f deploy/haproxy.cfg",
      cwd: root,
      url: `http://127.0.0.1:${BALANCER_PORT}/login`,
      env: { LB_BIND: `127.0.0.1:${BALANCER_PORT}`, APP1: `127.0.0.1:${APP_PORT}`, APP2: `127.0.0.1:${APP2_PORT}` },
      timeout: 30_000,
      reuseExistingServer: false,
    },
  ],
});
