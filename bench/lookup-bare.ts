import http from "node:http";
import pg from "pg";
import { poolConfig } from "../lib/db/pools";
import { lookupStatement } from "../lib/certificates/lookup-statement";
import { lookupCriteria } from "../lib/certificates/rules";

// The floor of the lookup bench: the lookup's own statement (lib/certificates/lookup-statement.ts) through `pg` in a
// bare Node HTTP server (no framework, no validation, no rate limit), reading the same JSON body the form sends.

const pool = new pg.Pool(poolConfig("counters", { url: process.env.DATABASE_URL!, size: Number(process.env.DATABASE_POOL_SIZE) }));
const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", async () => {
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<string, string>;
      const { rows } = await pool.query(lookupStatement(lookupCriteria(body)!));
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, data: rows }));
    } catch (e) {
      res.writeHead(500).end(String(e));
    }
  });
});
server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log("ready"));
