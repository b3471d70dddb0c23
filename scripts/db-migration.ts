import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { format } from "date-fns";
import { resolveDatabase } from "../lib/db/local-database";
import { MIGRATIONS_DIR, pendingSchemaChange } from "../lib/db/schema-engine";

// Writes the next migration folder from the difference between the migrations and prisma/schema.
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("用法: npm run db:migration -- <name>   (name: lower-case letters, digits, _)");
  process.exit(2);
}
const database = await resolveDatabase();
let code = 0;
try {
  const sql = await pendingSchemaChange(database.url);
  if (!sql.trim()) {
    console.log("schema 与迁移一致，无需新迁移");
  } else {
    const dir = path.join(MIGRATIONS_DIR, `${format(new Date(), "yyyyMMddHHmmss")}_${name}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "migration.sql"), sql);
    console.log(`已写入 ${path.relative(process.cwd(), dir)}/migration.sql`);
  }
} catch (error) {
  console.error(error);
  code = 1;
} finally {
  await database.stop();
}
process.exit(code);
