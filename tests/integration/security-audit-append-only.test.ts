import { describe, expect, it } from "vitest";
import { subDays } from "date-fns";
import { db } from "@/lib/db/client";
import { purgeAuditLog } from "@/lib/audit/purge-audit-log";

// The audit log is append-only in the database itself: a trigger refuses UPDATE, DELETE and TRUNCATE, except the
// retention purge of rows past the configured period (never less than 180 days), which is itself audited.

async function entry(at = new Date(), action = "测试操作") {
  return db.auditLog.create({ data: { actorLabel: "测试", action, entityType: "Test", at } });
}

describe("审计日志只增不改", () => {
  it("refuses UPDATE and DELETE of any row, from the app's client or plain SQL", async () => {
    const row = await entry();
    await expect(db.auditLog.update({ where: { id: row.id }, data: { action: "篡改" } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`UPDATE "AuditLog" SET ip = '1.2.3.4' WHERE id = ${row.id}`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
    expect(await db.auditLog.findUnique({ where: { id: row.id } })).toMatchObject({ action: "测试操作", ip: null });
  });

  it("refuses a purge that claims a cut-off inside the 180-day floor", async () => {
    const recent = await entry(subDays(new Date(), 30));
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRaw`SELECT set_config('app.audit_purge_before', ${new Date().toISOString()}, true)`;
        await tx.auditLog.deleteMany({ where: { id: recent.id } });
      }),
    ).rejects.toThrow(/append-only/);
    expect(await db.auditLog.count({ where: { id: recent.id } })).toBe(1);
  });

  it("purges only rows past the retention period, and audits the purge", async () => {
    const old = await entry(subDays(new Date(), 400), "过期操作");
    const kept = await entry(subDays(new Date(), 100), "保留操作");
    const { deleted } = await purgeAuditLog();
    expect(deleted).toBeGreaterThanOrEqual(1);
    expect(await db.auditLog.count({ where: { id: old.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { id: kept.id } })).toBe(1);
    const purge = await db.auditLog.findFirstOrThrow({ where: { action: "审计日志保留期清理" }, orderBy: { id: "desc" } });
    expect(purge.detail).toMatchObject({ retentionDays: 180 });
  });
});
