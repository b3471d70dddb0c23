import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { PrismaClient } from "@/lib/db/generated/client";
import { applyPendingMigrations } from "@/lib/db/schema-engine";
import { seedDemo, DEMO_PEOPLE, DEMO_UNITS } from "@/prisma/seed/demo";
import { DEMO_EVALUATED, DEMO_EXPERTS } from "@/prisma/seed/demo-evaluation";

const serverUrl = inject("databaseUrl");
const NAME = "zc_seed_twice";

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(sql);
  await client.end();
}

/** Every table's rows, in a stable order, as text: equal snapshots mean nothing changed. */
async function snapshot(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const tables = await client.query<{ t: string }>(
    `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1`,
  );
  const out: Record<string, string[]> = {};
  for (const { t } of tables.rows) {
    const rows = await client.query(`SELECT row_to_json(x)::text AS j FROM "${t}" x`);
    out[t] = rows.rows.map((r) => r.j).sort();
  }
  await client.end();
  return out;
}

describe("演示数据", () => {
  const url = new URL(serverUrl);
  url.pathname = `/${NAME}`;
  afterAll(() => admin(`DROP DATABASE IF EXISTS "${NAME}" WITH (FORCE)`));

  it("creates every demo unit and person, and a second run changes nothing", async () => {
    await admin(`DROP DATABASE IF EXISTS "${NAME}" WITH (FORCE)`);
    await admin(`CREATE DATABASE "${NAME}"`);
    await applyPendingMigrations(url.toString());
    const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url.toString(), max: 2 }) });
    try {
      await seedDemo(db);
      const first = await snapshot(url.toString());
      expect(first.Unit).toHaveLength(DEMO_UNITS.length);
      const names = new Set([...DEMO_PEOPLE, ...DEMO_EXPERTS, ...DEMO_EVALUATED].map((p) => p.name));
      expect(first.User).toHaveLength(names.size);
      // The evaluation demo: 周专家 chairs a committee of 11 whose meeting is open for voting.
      expect(first.CommitteeMember).toHaveLength(11);
      expect(first.ReviewMeeting.filter((m) => m.includes('"status":"VOTING"'))).toHaveLength(1);
      const chair = await db.committeeMember.findFirstOrThrow({ where: { role: "CHAIR" }, include: { expert: true } });
      expect(chair.expert.id).toBe("demo-expert-01");
      expect(first.ApplicationRound.some((r) => r.includes('"status":"OPEN"'))).toBe(true);
      expect(first.RegistryRecord.length).toBeGreaterThan(0);

      await seedDemo(db);
      expect(await snapshot(url.toString())).toEqual(first);
    } finally {
      await db.$disconnect();
    }
    // Migrates a fresh database and seeds the whole demo twice: far more work than one test's usual 30 s budget.
  }, 120_000);
});
