-- CreateEnum
CREATE TYPE "IntegrityFindingKind" AS ENUM ('FALSE_MATERIALS', 'FALSE_COMMITMENT', 'EXPERT_MISCONDUCT', 'OTHER');

-- CreateTable
CREATE TABLE "IntegrityFinding" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "kind" "IntegrityFindingKind" NOT NULL,
    "facts" TEXT NOT NULL,
    "documentNumber" TEXT NOT NULL,
    "findingDate" TEXT NOT NULL,
    "recordedByUnitId" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,
    "revocationDocumentNumber" TEXT,
    "revocationReason" TEXT,

    CONSTRAINT "IntegrityFinding_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IntegrityFinding_personId_idx" ON "IntegrityFinding"("personId");

-- CreateIndex
CREATE INDEX "IntegrityFinding_recordedByUnitId_createdAt_idx" ON "IntegrityFinding"("recordedByUnitId", "createdAt");
