-- Trigram matching for the 姓名或身份证号 filters (User_name_idNumber_trgm_idx).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- DropIndex
DROP INDEX "Declaration_holderUnitId_status_submittedAt_idx";

-- DropIndex
DROP INDEX "Declaration_unitId_status_submittedAt_idx";

-- CreateIndex
CREATE INDEX "Declaration_unitId_status_submittedAt_id_idx" ON "Declaration"("unitId", "status", "submittedAt", "id");

-- CreateIndex
CREATE INDEX "Declaration_holderUnitId_status_submittedAt_id_unitId_idx" ON "Declaration"("holderUnitId", "status", "submittedAt", "id", "unitId");

-- CreateIndex
CREATE INDEX "User_name_idNumber_trgm_idx" ON "User" USING GIN ("name" gin_trgm_ops, "idNumber" gin_trgm_ops);
