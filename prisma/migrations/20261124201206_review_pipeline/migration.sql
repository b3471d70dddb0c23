-- CreateEnum
CREATE TYPE "PublicityStatus" AS ENUM ('OPEN', 'COMPLETED');

-- DropIndex
DROP INDEX "Declaration_unitId_status_idx";

-- AlterTable
ALTER TABLE "Declaration" ADD COLUMN     "holderUnitId" TEXT,
ADD COLUMN     "publicityId" TEXT,
ADD COLUMN     "recommendationId" TEXT,
ADD COLUMN     "supplementDeadline" TEXT,
ADD COLUMN     "supplementSections" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "DeclarationVersion" (
    "id" TEXT NOT NULL,
    "declarationId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "form" JSONB NOT NULL,
    "photoFileId" TEXT,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeclarationVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Publicity" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "workingDays" INTEGER NOT NULL,
    "endDate" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactPhone" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "status" "PublicityStatus" NOT NULL DEFAULT 'OPEN',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "Publicity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "targetUnitId" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "integrityFileId" TEXT NOT NULL,
    "publicityNoteFileId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DeclarationVersion_declarationId_number_key" ON "DeclarationVersion"("declarationId", "number");

-- CreateIndex
CREATE INDEX "Publicity_unitId_createdAt_idx" ON "Publicity"("unitId", "createdAt");

-- CreateIndex
CREATE INDEX "Recommendation_unitId_createdAt_idx" ON "Recommendation"("unitId", "createdAt");

-- CreateIndex
CREATE INDEX "Declaration_unitId_status_submittedAt_idx" ON "Declaration"("unitId", "status", "submittedAt");

-- CreateIndex
CREATE INDEX "Declaration_holderUnitId_status_submittedAt_idx" ON "Declaration"("holderUnitId", "status", "submittedAt");

-- CreateIndex
CREATE INDEX "Declaration_publicityId_idx" ON "Declaration"("publicityId");

-- AddForeignKey
ALTER TABLE "Declaration" ADD CONSTRAINT "Declaration_publicityId_fkey" FOREIGN KEY ("publicityId") REFERENCES "Publicity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Declaration" ADD CONSTRAINT "Declaration_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeclarationVersion" ADD CONSTRAINT "DeclarationVersion_declarationId_fkey" FOREIGN KEY ("declarationId") REFERENCES "Declaration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A frozen copy of the form is never edited.
CREATE FUNCTION "declaration_version_immutable"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'DeclarationVersion rows are immutable';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "DeclarationVersion_no_update" BEFORE UPDATE ON "DeclarationVersion"
  FOR EACH ROW EXECUTE FUNCTION "declaration_version_immutable"();

-- Declarations already submitted wait in their own unit's queue.
UPDATE "Declaration" SET "holderUnitId" = "unitId" WHERE status <> 'DRAFT';
