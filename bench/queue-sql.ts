import { readFileSync } from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../lib/db/generated/client";
import { loadPersonActor } from "../lib/auth/load-actor";
import { queueStatements } from "../lib/review/list-queue";
import type { QueueKey } from "../lib/review/queue-config";

// The floor for a queue page: the two statements listQueue issues (count and page, at once, as it does), built by
// queueStatements for the same reviewer and filter, through bare `pg`. Runs under `--conditions=react-server` (the
// modules it imports are server-only). Input (JSON file in argv[2]): { url, n, warmUp, explain, cases: [{ label,
// userId, key, q? }] }. Output: one JSON line { label: { latencies, total } }.

type Input = { url: string; n: number; warmUp: number; explain: boolean; cases: { label: string; userId: string; key: QueueKey; q?: string }[] };
const input = JSON.parse(readFileSync(process.argv[2], "utf8")) as Input;
const pool = new pg.Pool({ connectionString: input.url, max: 2 });
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: input.url }) });

const out: Record<string, { latencies: number[]; total: number }> = {};
for (const c of input.cases) {
  const actor = await loadPersonActor(prisma, c.userId);
  if (!actor) throw new Error(`no reviewer ${c.userId}`);
  const { count, page } = queueStatements({ actor, key: c.key, filter: { page: 1, q: c.q } });
  const once = () => Promise.all([pool.query(count.text, count.values), pool.query(page.text, page.values)]);
  if (input.explain) {
    for (const [name, s] of Object.entries({ count, page })) {
      const { rows } = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, s.values);
      console.error(`\n-- ${c.label} ${name}\n${rows.map((r) => r["QUERY PLAN"]).join("\n")}`);
    }
  }
  for (let i = 0; i < input.warmUp; i++) await once();
  const latencies: number[] = [];
  for (let i = 0; i < input.n; i++) {
    const t = performance.now();
    await once();
    latencies.push(performance.now() - t);
  }
  const [{ rows }] = await once();
  out[c.label] = { latencies, total: rows[0].total };
}
await Promise.all([pool.end(), prisma.$disconnect()]);
console.log(JSON.stringify(out));
