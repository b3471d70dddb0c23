import { readdirSync, readFileSync } from "node:fs";

// CPU time used by processes, from /proc (Linux): on a shared machine the wall clock moves with the neighbours'
// load, the CPU a press costs does not.

const TICKS_PER_SECOND = 100;

function stat(pid: number): { ppid: number; ticks: number } | null {
  try {
    const raw = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = raw.slice(raw.lastIndexOf(")") + 2).split(" ");
    // utime + stime, and cutime + cstime: what exited children (closed connections' backends) used.
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]) };
  } catch {
    return null;
  }
}

/** The processes and all their descendants alive now. */
export function processTree(roots: number[]): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const s = stat(pid);
    if (s) children.set(s.ppid, [...(children.get(s.ppid) ?? []), pid]);
  }
  const out: number[] = [];
  const queue = [...roots];
  while (queue.length) {
    const pid = queue.shift()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** CPU milliseconds (user + system) used so far by the given processes' trees. */
export function cpuMs(roots: number[]): number {
  return (processTree(roots).reduce((sum, pid) => sum + (stat(pid)?.ticks ?? 0), 0) * 1000) / TICKS_PER_SECOND;
}

/** The PostgreSQL server's main process, from its data directory. */
export function postmasterPid(dataDir: string): number {
  return Number(readFileSync(`${dataDir}/postmaster.pid`, "utf8").split("\n")[0]);
}
