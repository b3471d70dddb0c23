-- CreateTable
CREATE TABLE "AuthSession" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "unitId" TEXT,
    "ip" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),
    "endReason" TEXT,

    CONSTRAINT "AuthSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AuthSession_userId_idx" ON "AuthSession"("userId");

-- CreateIndex
CREATE INDEX "AuthSession_unitId_idx" ON "AuthSession"("unitId");

-- The audit log is append-only. The one exception is the retention purge (lib/audit/purge-audit-log.ts): inside
-- its transaction it sets app.audit_purge_before, and only rows older than that instant, itself at least 180 days
-- ago, may be deleted.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  purge_before timestamp(3);
BEGIN
  IF TG_OP = 'DELETE' THEN
    purge_before := NULLIF(current_setting('app.audit_purge_before', true), '')::timestamp(3);
    IF purge_before IS NOT NULL
       AND purge_before <= (now() AT TIME ZONE 'UTC') - interval '180 days'
       AND OLD."at" < purge_before THEN
      RETURN OLD;
    END IF;
  END IF;
  RAISE EXCEPTION 'AuditLog is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditLog_append_only"
  BEFORE UPDATE OR DELETE ON "AuditLog"
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TRIGGER "AuditLog_no_truncate"
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
