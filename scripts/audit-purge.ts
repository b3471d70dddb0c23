import { existsSync } from "node:fs";

// `npm run audit:purge`: deletes audit rows past the retention period (AUDIT_RETENTION_DAYS, ≥ 180 days) and audits
// the purge; meant for a daily cron job. Needs DATABASE_URL (or .env).
if (existsSync(".env")) process.loadEnvFile(".env");
const { purgeAuditLog } = await import("../lib/audit/purge-audit-log");
const { deleted, before } = await purgeAuditLog();
console.log(`审计日志保留期清理：删除 ${before.toISOString()} 之前的 ${deleted} 条记录`);
process.exit(0);
