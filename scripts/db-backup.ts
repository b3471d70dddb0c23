import { existsSync } from "node:fs";
import path from "node:path";
import { createBackup } from "../lib/backup/create-backup";
import { DATA_DIR, resolveDatabase } from "../lib/db/local-database";
import { storageFromEnvironment } from "../lib/storage/storage-from-settings";

// `npm run db:backup [-- FILE]`: the database (DATABASE_URL, or the embedded one) and the stored files (STORAGE_DIR,
// or the S3 bucket when STORAGE_ADAPTER=s3) as one archive; by default .data/backups/zhicheng-<time>.tar.gz.

if (existsSync(".env")) process.loadEnvFile(".env");
const stamp = new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
const file = process.argv[2] ?? path.join(DATA_DIR, "backups", `zhicheng-${stamp}.tar.gz`);
const storage = storageFromEnvironment(process.env);
const database = await resolveDatabase();
let code = 0;
try {
  const manifest = await createBackup({ databaseUrl: database.url, storage, file });
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(`备份完成：${file}（${manifest.tables.length} 张表 ${rows} 行，${manifest.files} 个文件，迁移 ${manifest.migrations.at(-1)}）`);
} catch (error) {
  console.error("备份失败:", error instanceof Error ? error.message : error);
  code = 1;
} finally {
  await database.stop();
}
process.exit(code);
