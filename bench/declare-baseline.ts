import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";

// The raw floor for 申报: the same statements as submitDeclaration (read the declaration with its round's window,
// then one statement for the conditional update, timeline event and audit row) through bare `pg`, all at once, in a
// process with no framework and no session check.
// Input (JSON file in argv[2]): { url, poolSize, items: [{ id, applicantId, name }] }. Output: one JSON line of figures.

type Input = { url: string; poolSize: number; items: { id: string; applicantId: string; name: string }[] };
const input = JSON.parse(readFileSync(process.argv[2], "utf8")) as Input;
const pool = new pg.Pool({ connectionString: input.url, max: input.poolSize });

async function submit(item: Input["items"][number]) {
  const { rows } = await pool.query(
    `SELECT d.status, d.version, d."applicantId", r.status AS "roundStatus", r."windowStart", r."windowEnd"
       FROM "Declaration" d JOIN "ApplicationRound" r ON r.id = d."roundId" WHERE d.id = $1`,
    [item.id],
  );
  const d = rows[0];
  const now = new Date();
  if (!d || d.applicantId !== item.applicantId || d.roundStatus !== "OPEN" || now < d.windowStart || now > d.windowEnd) throw new Error("refused");
  const moved = await pool.query(
    `WITH moved AS (
       UPDATE "Declaration" SET status = 'SUBMITTED', version = version + 1, "submittedAt" = $3, "updatedAt" = $3
        WHERE id = $1 AND status = 'DRAFT' AND version = $2 RETURNING id
     ), event AS (
       INSERT INTO "DeclarationEvent" (id, "declarationId", action, "fromStatus", "toStatus", "actorUserId", "actorName", at)
       SELECT $4, id, '申报', 'DRAFT', 'SUBMITTED', $5, $6, $3 FROM moved
     ), audit AS (
       INSERT INTO "AuditLog" ("actorUserId", "actorLabel", action, "entityType", "entityId", ip, detail)
       SELECT $5, $6, '申报', 'Declaration', id, '127.0.0.1', $7::jsonb FROM moved
     )
     SELECT count(*)::int AS moved FROM moved`,
    [item.id, d.version, now, randomUUID(), item.applicantId, item.name, JSON.stringify({ from: "DRAFT", to: "SUBMITTED" })],
  );
  if (moved.rows[0].moved !== 1) throw new Error("conflict");
}

// Warm the pool so the figures measure the writes, as the app's pool is warm too.
await Promise.all(Array.from({ length: input.poolSize }, () => pool.query("SELECT 1")));
const latencies: number[] = [];
let errors = 0;
const start = performance.now();
await Promise.all(
  input.items.map(async (item) => {
    const t = performance.now();
    try {
      await submit(item);
    } catch {
      errors++;
    }
    latencies.push(performance.now() - t);
  }),
);
const wallMs = performance.now() - start;
await pool.end();
console.log(JSON.stringify({ n: input.items.length, errors, wallMs, latencies }));
