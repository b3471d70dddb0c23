import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { CERTIFICATE_COLUMNS } from "../lib/certificates/schemas";
import { certificateRow } from "../tests/support/certificate-rows";
import { DB_PORT, migrate, root } from "./server";

// npm run bench -- import [rows]: a generated workbook of 100,000 certificate rows (one in a hundred with a bad date)
// imported end to end through the import code (read, check, look up taken numbers, write the good rows in one
// transaction) in a child process whose peak RSS is sampled; then the same good rows through COPY, for scale.
// The database (.data/bench-import-pg) is kept between runs; the bench's rows are removed before and after.

const TARGET = { seconds: 60, rssMb: 600 };
const PREFIX = "IMP";

async function writeWorkbook(file: string, rows: number) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const sheet = workbook.addWorksheet("证书信息");
  sheet.addRow(CERTIFICATE_COLUMNS.map((c) => c.label)).commit();
  for (let i = 1; i <= rows; i++) {
    const row = certificateRow(PREFIX, i, i % 100 === 0 ? { obtainedOn: "2021-02-30" } : {});
    sheet.addRow(CERTIFICATE_COLUMNS.map((c) => row[c.key as keyof typeof row])).commit();
  }
  sheet.commit();
  await workbook.commit();
}

async function copyRows(client: pg.Client, rows: number) {
  const columns = ["id", ...CERTIFICATE_COLUMNS.map((c) => c.key), "unitId", "updatedAt"];
  const started = performance.now();
  const stream = client.query(copyFrom(`COPY "Certificate" (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`));
  async function* lines() {
    const now = new Date().toISOString();
    for (let i = 1; i <= rows; i++) {
      if (i % 100 === 0) continue;
      const row = certificateRow(PREFIX, i);
      yield `copy-${i}\t${CERTIFICATE_COLUMNS.map((c) => row[c.key as keyof typeof row]).join("\t")}\tbench-unit\t${now}\n`;
    }
  }
  await pipeline(Readable.from(lines()), stream);
  return (performance.now() - started) / 1000;
}

export async function main(args: string[]) {
  const rows = Number(args[0] ?? 100_000);
  const dir = mkdtempSync(path.join(tmpdir(), "bench-import-"));
  const file = path.join(dir, "证书.xlsx");
  const database = await startEmbeddedDatabase({ dataDir: path.join(root, ".data/bench-import-pg"), port: DB_PORT, persistent: true });
  const client = new pg.Client({ connectionString: database.url });
  try {
    migrate(database.url);
    await client.connect();
    await client.query(`DELETE FROM "Certificate" WHERE number LIKE '${PREFIX}%'`);
    await writeWorkbook(file, rows);
    console.log(`已生成 ${rows} 行的工作簿`);
    const worker = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "bench/import-worker.ts", file], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, NODE_ENV: "production", DATABASE_URL: database.url, NEXTAUTH_SECRET: "bench-secret-bench-secret-bench-secret" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    if (worker.status !== 0) throw new Error(`import worker failed: ${worker.stdout}`);
    const result = JSON.parse(worker.stdout.trim().split("\n").at(-1)!) as { seconds: number; peakRssMb: number; kept: number; rejected: number };
    await client.query(`DELETE FROM "Certificate" WHERE number LIKE '${PREFIX}%'`);
    const copySeconds = await copyRows(client, rows);
    await client.query(`DELETE FROM "Certificate" WHERE number LIKE '${PREFIX}%'`);
    console.log(`\n证书导入压测：${rows} 行（其中 ${result.rejected} 行日期错误）`);
    console.log(`导入（读取、校验、查重、单事务写入）：${result.seconds.toFixed(1)} s（目标 ≤ ${TARGET.seconds} s），峰值 RSS ${result.peakRssMb} MB（目标 ≤ ${TARGET.rssMb} MB），导入 ${result.kept} 行`);
    console.log(`同样的正确行用 COPY 写入：${copySeconds.toFixed(1)} s`);
    console.log(
      JSON.stringify({ bench: "import", rows, seconds: Number(result.seconds.toFixed(2)), peak_rss_mb: result.peakRssMb, copy_seconds: Number(copySeconds.toFixed(2)), kept: result.kept, rejected: result.rejected }),
    );
  } finally {
    await client.end().catch(() => {});
    await database.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
