import { accessSync, constants, existsSync } from "node:fs";
import path from "node:path";

// What `npm test` needs beyond npm: programs Debian ships. Checked before the first test, so a machine without them
// stops at once with the command to run, rather than after the unit tests and the build.

type Env = Record<string, string | undefined>;

export type TestTool = { name: string; debianPackage: string; neededBy: string; path?: string };

/** Each tool, the Debian package that brings it, and what needs it. */
export function testTools(env: Env = process.env): TestTool[] {
  return [
    // tests/playwright.config.ts launches this binary, not a browser downloaded by Playwright.
    { name: "chromium", debianPackage: "chromium", neededBy: "浏览器端到端测试（Playwright）", path: env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
    // tests/integration/pdf-text.ts: the PDFs' text in the integration tests and the journeys (公示表, 电子证书, 确认单).
    { name: "pdftotext", debianPackage: "poppler-utils", neededBy: "PDF 文本核对（集成测试与端到端测试）" },
    // tests/playwright.config.ts starts it in front of two app processes for every browser run (instances.spec.ts).
    { name: "haproxy", debianPackage: "haproxy", neededBy: "端到端测试的负载均衡（两个应用进程）" },
  ];
}

const isExecutable = (file: string) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The tools not found: at their path when they have one, else on PATH (as a shell would look them up). */
export function missingTestTools(env: Env = process.env): TestTool[] {
  const dirs = (env.PATH ?? "").split(path.delimiter).filter(Boolean);
  return testTools(env).filter((t) => !(t.path ? isExecutable(t.path) : dirs.some((d) => isExecutable(path.join(d, t.name)))));
}

export const installCommand = (missing: TestTool[]) => `apt-get install -y ${missing.map((t) => t.debianPackage).join(" ")}`;

export type SetupPlan = { kind: "ready" } | { kind: "install"; packages: string[] } | { kind: "stop"; line: string };

/** Root on Debian installs what is missing (as .ci/run used to); anyone else is told, in one line, what to run. */
export function setupPlan(missing: TestTool[], machine: { root: boolean; debian: boolean }): SetupPlan {
  if (missing.length === 0) return { kind: "ready" };
  if (machine.root && machine.debian) return { kind: "install", packages: missing.map((t) => t.debianPackage) };
  const what = missing.map((t) => `${t.name}（${t.neededBy}）`).join("、");
  const run = machine.debian ? `sudo ${installCommand(missing)}` : `安装 ${missing.map((t) => t.name).join("、")}`;
  return { kind: "stop", line: `npm test 缺少 ${what}，请先运行：${run}` };
}

export const thisMachine = () => ({ root: process.getuid?.() === 0, debian: existsSync("/etc/debian_version") && existsSync("/usr/bin/apt-get") });
