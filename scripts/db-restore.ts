import { existsSync } from "node:fs";
import { restoreBackup } from "../lib/backup/restore-backup";
import { resolveDatabase } from "../lib/db/local-database";
import { storageFromEnvironment } from "../lib/storage/storage-from-settings";

// `npm run db:restore -- FILE`: brings an empty installation (DATABASE_URL, or the embedded one, and an empty
// STORAGE_DIR or S3 bucket) back to an archive of `npm run db:backup`.

if (existsSync(".env")) process.loadEnvFile(".env");
const file = process.argv[2];
if (!file) {
  console.error("用法: npm run db:restore -- <备份文件>");
  process.exit(2);
}
const storage = storageFromEnvironment(process.env);
const database = await resolveDatabase();
let code = 0;
try {
  const manifest = await restoreBackup({ databaseUrl: database.url, storage, file });
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  console.log(`恢复完成：${manifest.tables.length} 张表 ${rows} 行，${manifest.files} 个文件（备份时间 ${manifest.createdAt}）`);
} catch (error) {
  console.error("恢复失败（行数据未写入）:", error instanceof Error ? error.message : error);
  code = 1;
} finally {
  await database.stop();
}
// The wasm engine leaves a timer behind; exit explicitly.
process.exit(code);
