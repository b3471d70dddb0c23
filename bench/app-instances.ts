import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { root, waitFor } from "./server";

// The production build served by `count` processes of scripts/serve.ts; with more than one, behind HAProxy with the committed
// deploy/haproxy.cfg (the balancer on `port`, the processes on the ports after it).

export type Instances = { base: string; bases: string[]; pids: number[]; balancerPid?: number; stop: () => Promise<void> };

export async function startInstances(opts: { count: number; port: number; distDir: string; env: NodeJS.ProcessEnv }): Promise<Instances> {
  if (opts.count > 2) throw new Error("deploy/haproxy.cfg lists two app processes");
  const children: ChildProcess[] = [];
  const bases: string[] = [];
  // Each server finishes its requests in flight before it exits (scripts/serve.ts); the next run starts only after,
  // so no kept-alive connection of the bench still reaches a server on its way out.
  const stop = async () => {
    const exited = children.filter((c) => c.exitCode === null && c.signalCode === null).map((c) => new Promise((done) => c.once("exit", done)));
    for (const child of children) {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        /* already gone */
      }
    }
    await Promise.all(exited);
  };
  try {
    const first = opts.count > 1 ? opts.port + 1 : opts.port;
    for (let i = 0; i < opts.count; i++) {
      const port = first + i;
      // BENCH_PROFILE_DIR: write a CPU profile of each server (node --cpu-prof) to find where the time goes.
      const profile = process.env.BENCH_PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
      children.push(
        // The production server (scripts/serve.ts: forwarded addresses only from TRUSTED_PROXIES), as npm start runs it.
        spawn(process.execPath, [...profile, "--import", "tsx", path.join(root, "scripts/serve.ts"), "-p", String(port), "-H", "127.0.0.1"], {
          cwd: root,
          detached: true,
          stdio: ["ignore", "ignore", "inherit"],
          env: { ...opts.env, NODE_ENV: "production", NEXT_DIST_DIR: opts.distDir },
        }),
      );
      bases.push(`http://127.0.0.1:${port}`);
    }
    await Promise.all(bases.map((b) => waitFor(`${b}/login`, 60_000)));
    const pids = children.map((c) => c.pid!);
    if (opts.count === 1) return { base: bases[0], bases, pids, stop };
    const balancer = spawn("haproxy", ["-db", "-f", path.join(root, "deploy/haproxy.cfg")], {
      detached: true,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, LB_BIND: `127.0.0.1:${opts.port}`, ...Object.fromEntries(bases.map((b, i) => [`APP${i + 1}`, new URL(b).host])) },
    });
    children.push(balancer);
    const base = `http://127.0.0.1:${opts.port}`;
    await waitFor(`${base}/login`, 30_000);
    return { base, bases, pids, balancerPid: balancer.pid, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
