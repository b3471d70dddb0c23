import { spawnSync } from "node:child_process";
import { missingTestTools, setupPlan, thisMachine } from "./test-tools";

// `npm test`: first what the tests need beyond npm (Chromium, pdftotext, HAProxy: installed when run as root on
// Debian, otherwise a stop before any test with the command to run), then unit and integration tests (Vitest, real
// PostgreSQL), a production build and the browser journeys (Playwright in Chromium). Each step gets its own embedded
// database; none needs a running server.

function run(cmd: string, args: string[], extra?: Record<string, string>) {
  console.log(`\n▶ ${cmd} ${args.join(" ")}`);
  const result = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...extra } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const plan = setupPlan(missingTestTools(), thisMachine());
if (plan.kind === "stop") {
  console.error(plan.line);
  process.exit(1);
}
if (plan.kind === "install") {
  run("apt-get", ["update", "-qq"], { DEBIAN_FRONTEND: "noninteractive" });
  run("apt-get", ["install", "-y", "-qq", ...plan.packages], { DEBIAN_FRONTEND: "noninteractive" });
  const still = missingTestTools();
  if (still.length) {
    console.error(`安装后仍缺少 ${still.map((t) => t.name).join("、")}`);
    process.exit(1);
  }
}

run("vitest", ["run", "--config", "tests/vitest.config.ts"]);
run("next", ["build"], { NEXT_DIST_DIR: ".next-e2e" });
run("playwright", ["test", "--config", "tests/playwright.config.ts"]);
