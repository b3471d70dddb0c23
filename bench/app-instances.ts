import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

// The production build served by `count` processes on consecutive ports from `port`.

const root = path.resolve(import.meta.dirname, "..");
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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

export type Instances = { bases: string[]; pids: number[]; stop: () => void };

export async function startInstances(opts: { count: number; port: number; distDir: string; env: NodeJS.ProcessEnv }): Promise<Instances> {
  const children: ChildProcess[] = [];
  const bases: string[] = [];
  const stop = () => {
    for (const child of children) {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        /* already gone */
      }
    }
  };
  try {
    for (let i = 0; i < opts.count; i++) {
      const port = opts.port + i;
      // BENCH_PROFILE_DIR: write a CPU profile of each server (node --cpu-prof) to find where the time goes.
      const profile = process.env.BENCH_PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
      children.push(
        spawn(process.execPath, [...profile, path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
          cwd: root,
          detached: true,
          stdio: ["ignore", "ignore", "inherit"],
          env: { ...opts.env, NODE_ENV: "production", NEXT_DIST_DIR: opts.distDir },
        }),
      );
      bases.push(`http://127.0.0.1:${port}`);
    }
    await Promise.all(bases.map((b) => waitFor(`${b}/login`, 60_000)));
  } catch (e) {
    stop();
    throw e;
  }
  return { bases, pids: children.map((c) => c.pid!), stop };
}
