// Latency figures of one run.

/** cpuMs: CPU milliseconds each part (server, PostgreSQL, load generator …) used during the run. */
export type RunFigures = { n: number; errors: number; wallMs: number; latencies: number[]; cpuMs?: Record<string, number> };

export function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function summarize(f: RunFigures) {
  const sorted = [...f.latencies].sort((a, b) => a - b);
  return {
    throughput: (f.n / f.wallMs) * 1000,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
    errors: f.errors,
  };
}

export function line(label: string, f: RunFigures) {
  const s = summarize(f);
  return `${label.padEnd(10)} ${s.throughput.toFixed(0).padStart(6)} 次/秒  p50 ${s.p50.toFixed(0).padStart(5)} ms  p99 ${s.p99.toFixed(0).padStart(5)} ms  max ${s.max.toFixed(0).padStart(5)} ms  错误 ${s.errors}  (总耗时 ${f.wallMs.toFixed(0)} ms)`;
}

/** CPU per press, by part: "server 2.10 ms + PostgreSQL 0.80 ms + …". */
export function cpuLine(f: RunFigures) {
  const parts = Object.entries(f.cpuMs ?? {});
  const total = parts.reduce((sum, [, ms]) => sum + ms, 0);
  return `CPU/次 ${(total / f.n).toFixed(2)} ms = ${parts.map(([k, ms]) => `${k} ${(ms / f.n).toFixed(2)}`).join(" + ")}`;
}
