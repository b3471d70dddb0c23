import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";

// The raw floor for 申报: the same reads and writes as submitDeclaration (declaration + round, conditional update,
// timeline event, audit row, one transaction each) through bare `pg`, all at once, in a process with no framework.
// Input (JSON file in argv[2]): { url, poolSize, items: [{ id, applicantId, name }] }. Output: one JSON line of figures.

type Input = { url: string; poolSize: number; items: { id: string; applicantId: string; name: string }[] };
const input = JSON.parse(readFileSync(process.argv[2], "utf8")) as Input;
const pool = new pg.Pool({ connectionString: input.url, max: input.poolSize });

async function submit(item: Input["items"][number]) {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const { rows } = await client.query(
      `SELECT d.status, d.version, d."applicantId", r.status AS "roundStatus", r."windowStart", r."windowEnd"
         FROM "Declaration" d JOIN "ApplicationRound" r ON r.id = d."roundId" WHERE d.id = $1`,
      [item.id],
    );
    const d = rows[0];
    const now = new Date();
    if (!d || d.applicantId !== item.applicantId || d.roundStatus !== "OPEN" || now < d.windowStart || now > d.windowEnd) throw new Error("refused");
    const updated = await client.query(
      `UPDATE "Declaration" SET status = 'SUBMITTED', version = version + 1, "submittedAt" = $3, "updatedAt" = $3
        WHERE id = $1 AND status = 'DRAFT' AND version = $2`,
      [item.id, d.version, now],
    );
    if (updated.rowCount !== 1) throw new Error("conflict");
    await client.query(
      `INSERT INTO "DeclarationEvent" (id, "declarationId", action, "fromStatus", "toStatus", "actorUserId", "actorName", at)
       VALUES ($1, $2, '申报', 'DRAFT', 'SUBMITTED', $3, $4, $5)`,
      [randomUUID(), item.id, item.applicantId, item.name, now],
    );
    await client.query(
      `INSERT INTO "AuditLog" ("actorUserId", "actorLabel", action, "entityType", "entityId", ip, detail)
       VALUES ($1, $2, '申报', 'Declaration', $3, '127.0.0.1', $4)`,
      [item.applicantId, item.name, item.id, JSON.stringify({ from: "DRAFT", to: "SUBMITTED" })],
    );
    await client.query("COMMIT");
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    client.release();
  }
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
