import pg from "pg";
import { demoPasswordHash } from "../prisma/seed/factories";
import { idNumberFrom } from "../prisma/seed/identifiers";
import { REGIONS } from "../prisma/seed/regions";
import { sampleForm } from "../prisma/seed/sample-form";

const FORM = sampleForm("", "bench");

// The data of the queue benchmark, written once with set-based SQL and kept between runs: one enterprise with
// UNIT_DECLARATIONS submitted declarations, and PROVINCE_DECLARATIONS more from 2,000 units of 贵阳 and 遵义, at every
// stage of the pipeline; those at the bureau's stage are held mostly by 贵阳市's bureau, some by the province's.

export const UNIT_DECLARATIONS = 10_000;
export const PROVINCE_DECLARATIONS = 200_000;
const UNITS = 2_000;
/** Units 1‥1500 sit in 贵阳市 (city and 南明区), the rest in 遵义市. */
const GUIYANG_UNITS = 1_500;

export const ENTERPRISE_ID = "qb-enterprise";
export const BUREAU_ID = "qb-bureau-520100";
export const REVIEWERS = {
  unit: { id: "qb-unit-handler", name: "压测核验经办", idNumber: idNumberFrom("520102", "19800101", "991"), unitId: ENTERPRISE_ID },
  bureau: { id: "qb-bureau-handler", name: "压测审查经办", idNumber: idNumberFrom("520102", "19800101", "992"), unitId: BUREAU_ID },
};

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹";
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力鹏宇浩凯斌俊峰婷雪琳晶欣怡嘉宁安";
/** A person's name from their number: 30 × 48 × 48 names, so each name recurs a few times among 210,000 people. */
const NAME_SQL = `substr('${SURNAMES}', i % ${SURNAMES.length} + 1, 1) || substr('${GIVEN}', (i / ${SURNAMES.length}) % ${GIVEN.length} + 1, 1)
  || substr('${GIVEN}', (i / ${SURNAMES.length * GIVEN.length}) % ${GIVEN.length} + 1, 1)`;

/** Stage of the i-th provincial declaration, in twentieths: half wait for the bureau (待审查). */
const STATUSES = [
  ...Array(6).fill("RECOMMENDED"),
  ...Array(4).fill("DEPT_APPROVED"),
  "NEEDS_SUPPLEMENT",
  "QUALIFIED",
  "QUALIFIED",
  "REJECTED",
  "PASSED",
  "SUBMITTED",
  "UNIT_VERIFIED",
  "IN_PUBLICITY",
  "PUBLICIZED",
  "DRAFT",
];
const AT_BUREAU = ["RECOMMENDED", "DEPT_APPROVED", "NEEDS_SUPPLEMENT", "QUALIFIED", "REJECTED", "PASSED"];

/** Seeds the benchmark's data unless an earlier run already did; returns whether it seeded. */
export async function seedQueueData(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rowCount } = await client.query(`SELECT 1 FROM "Unit" WHERE id = $1`, [ENTERPRISE_ID]);
    if (rowCount) return false;
    const passwordHash = await demoPasswordHash();
    const form = JSON.stringify(FORM);
    const started = performance.now();
    await client.query("BEGIN");
    for (const r of REGIONS) {
      await client.query(`INSERT INTO "Region" (code, name, level, "parentCode") VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`, [r.code, r.name, r.level, r.parentCode]);
    }
    await client.query(`INSERT INTO "TitleSeries" (id, name, titles) VALUES ('qb-series', '工程系列（压测）', '{"INTERMEDIATE":["工程师"]}')`);
    await client.query(`
      INSERT INTO "ApplicationRound" (id, year, name, "seriesId", levels, "windowStart", "windowEnd", status, "updatedAt")
      SELECT 'qb-round-' || n, 2026, '2026年度工程系列职称申报（压测第' || (n + 1) || '批）', 'qb-series', '{INTERMEDIATE}',
             '2026-09-01', '2026-10-31', 'CLOSED', now()
        FROM generate_series(0, 1) n`);
    await client.query(`
      INSERT INTO "Unit" (id, name, kind, "regionCode", "updatedAt") VALUES
        ('qb-bureau-520000', '贵州省人力资源和社会保障厅（压测）', 'HR_BUREAU', '520000', now()),
        ('${BUREAU_ID}', '贵阳市人力资源和社会保障局（压测）', 'HR_BUREAU', '520100', now()),
        ('qb-bureau-520300', '遵义市人力资源和社会保障局（压测）', 'HR_BUREAU', '520300', now()),
        ('${ENTERPRISE_ID}', '贵州压测机械制造有限公司', 'ENTERPRISE', '520102', now())`);
    await client.query(`
      INSERT INTO "Unit" (id, name, kind, "regionCode", "updatedAt")
      SELECT 'qb-unit-' || k, '压测单位' || k, (CASE WHEN k % 3 = 0 THEN 'PUBLIC_INSTITUTION' ELSE 'ENTERPRISE' END)::"UnitKind",
             (CASE WHEN k <= ${GUIYANG_UNITS} THEN ARRAY['520100', '520102'] ELSE ARRAY['520300', '520302'] END)[1 + k % 2], now()
        FROM generate_series(1, ${UNITS}) k`);
    // People 1‥PROVINCE_DECLARATIONS belong to the 2,000 units, the next UNIT_DECLARATIONS to the enterprise.
    await client.query(
      `INSERT INTO "User" (id, "idNumber", name, "passwordHash", "unitId", "updatedAt")
       SELECT 'qb-u-' || i, '520102' || to_char(date '1960-01-01' + i % 14000, 'YYYYMMDD') || lpad((i / 14000)::text, 3, '0') || 'X',
              ${NAME_SQL}, $1,
              CASE WHEN i <= ${PROVINCE_DECLARATIONS} THEN 'qb-unit-' || (i % ${UNITS} + 1) ELSE '${ENTERPRISE_ID}' END, now()
         FROM generate_series(1, ${PROVINCE_DECLARATIONS + UNIT_DECLARATIONS}) i`,
      [passwordHash],
    );
    await client.query(
      `INSERT INTO "Declaration" (id, "roundId", "applicantId", "unitId", status, version, level, "titleName", form, "holderUnitId", "submittedAt", "updatedAt")
       SELECT 'qb-d-' || i, 'qb-round-' || i % 2, 'qb-u-' || i, '${ENTERPRISE_ID}', 'SUBMITTED', 1, 'INTERMEDIATE', '工程师', $1::jsonb,
              '${ENTERPRISE_ID}', timestamp '2026-09-01 01:00' + (i - ${PROVINCE_DECLARATIONS}) * interval '3 minutes', now()
         FROM generate_series(${PROVINCE_DECLARATIONS + 1}, ${PROVINCE_DECLARATIONS + UNIT_DECLARATIONS}) i`,
      [form],
    );
    await client.query(
      `INSERT INTO "Declaration" (id, "roundId", "applicantId", "unitId", status, version, level, "titleName", form, "holderUnitId", "submittedAt", "updatedAt")
       SELECT 'qb-d-' || i, 'qb-round-' || i % 2, 'qb-u-' || i, unit, status::"DeclarationStatus", 3, 'INTERMEDIATE', '工程师', $1::jsonb,
              CASE WHEN status <> ALL($3::text[]) THEN unit
                   WHEN i % 10 = 0 THEN 'qb-bureau-520000'
                   WHEN i % ${UNITS} + 1 <= ${GUIYANG_UNITS} THEN '${BUREAU_ID}' ELSE 'qb-bureau-520300' END,
              CASE WHEN status <> 'DRAFT' THEN timestamp '2026-09-01 01:00' + i * interval '10 seconds' END, now()
         FROM (SELECT i, 'qb-unit-' || (i % ${UNITS} + 1) AS unit, ($2::text[])[(i / ${UNITS}) % ${STATUSES.length} + 1] AS status
                 FROM generate_series(1, ${PROVINCE_DECLARATIONS}) i) s`,
      [form, STATUSES, AT_BUREAU],
    );
    for (const r of Object.values(REVIEWERS)) {
      await client.query(
        `INSERT INTO "User" (id, "idNumber", name, "passwordHash", "unitId", "realPersonVerified", "updatedAt") VALUES ($1, $2, $3, $4, $5, true, now())`,
        [r.id, r.idNumber, r.name, passwordHash, r.unitId],
      );
      await client.query(`INSERT INTO "RoleGrant" (id, "userId", "unitId", role) VALUES ($1, $1, $2, 'UNIT_HANDLER')`, [r.id, r.unitId]);
    }
    await client.query("COMMIT");
    // As autovacuum would in time: statistics for the planner, and the visibility map that index-only scans need.
    await client.query("VACUUM ANALYZE");
    console.log(`已写入压测数据：${UNIT_DECLARATIONS + PROVINCE_DECLARATIONS} 条申报、${UNITS + 4} 个单位（${((performance.now() - started) / 1000).toFixed(1)} s）`);
    return true;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
}

/** A name among the queue's waiting declarations (a few people share it), for the 姓名 filter. */
export async function nameInQueue(url: string, holderUnitId: string, statuses: readonly string[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT u.name FROM "Declaration" d JOIN "User" u ON u.id = d."applicantId"
        WHERE d."holderUnitId" = $1 AND d.status::text = ANY($2::text[]) ORDER BY d.id LIMIT 1 OFFSET 777`,
      [holderUnitId, statuses],
    );
    return rows[0].name as string;
  } finally {
    await client.end();
  }
}
