import { resolveDatabase } from "../lib/db/local-database";
import { applyPendingMigrations } from "../lib/db/schema-engine";

const database = await resolveDatabase();
let code = 0;
try {
  const applied = await applyPendingMigrations(database.url);
  console.log(applied.length ? `已应用迁移: ${applied.join(", ")}` : "数据库已是最新，无待应用迁移");
} catch (error) {
  console.error("迁移失败，数据库保持原状:", error instanceof Error ? error.message : error);
  code = 1;
} finally {
  await database.stop();
}
// The wasm engine leaves a timer behind; exit explicitly.
process.exit(code);
