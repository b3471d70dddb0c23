import { spawnSync } from "node:child_process";

// `npm test`: unit and integration tests (Vitest, real PostgreSQL), then a production build and the browser
// journeys (Playwright in Chromium). Each step gets its own embedded database; none needs a running server.

const steps: [string, string[], Record<string, string>?][] = [
  ["vitest", ["run", "--config", "tests/vitest.config.ts"]],
  ["next", ["build"], { NEXT_DIST_DIR: ".next-e2e" }],
  ["playwright", ["test", "--config", "tests/playwright.config.ts"]],
];

for (const [cmd, args, extra] of steps) {
  console.log(`\n▶ ${cmd} ${args.join(" ")}`);
  const result = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...extra } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
