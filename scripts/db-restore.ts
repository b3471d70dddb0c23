import { existsSync } from "node:fs";
import path from "node:path";
import { restoreBackup } from "../lib/backup/restore-backup";
import { DATA_DIR, resolveDatabase } from "../lib/db/local-database";

// `npm run db:restore -- FILE`: brings an empty installation (DATABASE_URL, or the embedded one, and STORAGE_DIR)
// back to an archive of `npm run db:backup`.

if (existsSync(".env")) process.loadEnvFile(".env");
const file = process.argv[2];
if (!file) {
  console.error("用法: npm run db:restore -- <备份文件>");
  process.exit(2);
}
const storageDir = process.env.STORAGE_DIR ?? path.join(DATA_DIR, "files");
const database = await resolveDatabase();
let code = 0;
try {
  const manifest = await restoreBackup({ databaseUrl: database.url, storageDir, file });
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
