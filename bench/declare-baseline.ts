import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import pg from "pg";

// The raw floor for 申报: the statements the app's press issues, prepared once per connection as the app's are (the
// session's check: the account with its server-side session not ended, one statement; then one statement for
// the conditional update guarded by the state the applicant saw and the open window, timeline event, frozen form
// version and audit row) through bare `pg`, all at once, in a process with no framework, no HTTP and no session decryption.
// Input (JSON file in argv[2]): { url, poolSize, items: [{ id, applicantId, name, sessionId }] }. Output: one JSON line of figures.

type Input = { url: string; poolSize: number; items: { id: string; applicantId: string; name: string; sessionId: string }[] };
const input = JSON.parse(readFileSync(process.argv[2], "utf8")) as Input;
const pool = new pg.Pool({ connectionString: input.url, max: input.poolSize });

async function submit(item: Input["items"][number]) {
  const account = await pool.query({
    name: "account",
    text: `SELECT u.id, u.name, u."unitId", u.status::text AS status, u."sessionVersion", u."mustChangePassword",
                  g.role::text AS role, g."unitId" AS "grantUnitId", un.kind::text AS "unitKind", un."regionCode", r.level::text AS "regionLevel",
                  un."selfEvaluating",
                  EXISTS (SELECT 1 FROM "AuthSession" s WHERE s.id = $2 AND s."userId" = u.id AND s."endedAt" IS NULL) AS "sessionOpen"
             FROM "User" u LEFT JOIN "RoleGrant" g ON g."userId" = u.id LEFT JOIN "Unit" un ON un.id = g."unitId"
             LEFT JOIN "Region" r ON r.code = un."regionCode"
            WHERE u.id = $1`,
    values: [item.applicantId, item.sessionId],
  });
  if (!account.rows[0]?.sessionOpen || account.rows[0]?.status !== "ACTIVE") throw new Error("no session");
  const now = new Date();
  const moved = await pool.query({
    name: "move",
    text: `WITH moved AS (
       UPDATE "Declaration" SET status = 'SUBMITTED', version = version + 1, "updatedAt" = $3, "submittedAt" = $3, "holderUnitId" = "unitId"
        WHERE id = $1 AND status = 'DRAFT' AND version = $2 AND "applicantId" = $5
          AND EXISTS (SELECT 1 FROM "ApplicationRound" r WHERE r.id = "Declaration"."roundId" AND r.status = 'OPEN' AND r."windowStart" <= $3 AND r."windowEnd" >= $3)
        RETURNING id, form, "photoFileId"
     ), event AS (
       INSERT INTO "DeclarationEvent" (id, "declarationId", action, "fromStatus", "toStatus", "actorUserId", "actorName", opinion, at)
       SELECT $4, id, '申报', 'DRAFT', 'SUBMITTED', $5, $6, NULL, $3 FROM moved
     ), frozen AS (
       INSERT INTO "DeclarationVersion" (id, "declarationId", number, form, "photoFileId", reason, "createdAt")
       SELECT $8, m.id, COALESCE((SELECT max(v.number) FROM "DeclarationVersion" v WHERE v."declarationId" = m.id), 0) + 1,
              m.form, m."photoFileId", '申报', $3 FROM moved m
     ), audit AS (
       INSERT INTO "AuditLog" ("actorUserId", "actorUnitId", "actorLabel", action, "entityType", "entityId", ip, detail, at)
       SELECT $5, NULL, $6, '申报', 'Declaration', id, '127.0.0.1', $7::jsonb, now() FROM moved
     )
     SELECT count(*)::int AS moved FROM moved`,
    values: [item.id, 0, now, randomUUID(), item.applicantId, item.name, JSON.stringify({ from: "DRAFT", to: "SUBMITTED", opinion: null }), randomUUID()],
  });
  if (moved.rows[0].moved !== 1) throw new Error("conflict");
}

// Warm the pool so the figures measure the writes, as the app's pool is warm too.
await Promise.all(Array.from({ length: input.poolSize }, () => pool.query("SELECT 1")));
const latencies: number[] = [];
let errors = 0;
const cpuBefore = process.cpuUsage();
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
const used = process.cpuUsage(cpuBefore);
await pool.end();
console.log(JSON.stringify({ n: input.items.length, errors, wallMs, latencies, cpuMs: { client: (used.user + used.system) / 1000 } }));
