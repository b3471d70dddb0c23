-- CreateEnum
CREATE TYPE "DeclarationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'UNIT_VERIFIED', 'IN_PUBLICITY', 'PUBLICIZED', 'RECOMMENDED', 'DEPT_APPROVED', 'NEEDS_SUPPLEMENT', 'QUALIFIED', 'REJECTED', 'PASSED', 'FAILED');

-- CreateTable
CREATE TABLE "Declaration" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "applicantId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "status" "DeclarationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 0,
    "level" "TitleLevel" NOT NULL,
    "titleName" TEXT NOT NULL,
    "form" JSONB NOT NULL,
    "photoFileId" TEXT,
    "supplementNote" TEXT,
    "submittedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Declaration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeclarationEvent" (
    "id" TEXT NOT NULL,
    "declarationId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "fromStatus" "DeclarationStatus",
    "toStatus" "DeclarationStatus" NOT NULL,
    "actorUserId" TEXT,
    "actorName" TEXT NOT NULL,
    "opinion" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeclarationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeclarationFile" (
    "declarationId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,
    "section" TEXT NOT NULL,

    CONSTRAINT "DeclarationFile_pkey" PRIMARY KEY ("declarationId","fileId")
);

-- CreateIndex
CREATE INDEX "Declaration_unitId_status_idx" ON "Declaration"("unitId", "status");

-- CreateIndex
CREATE INDEX "Declaration_status_idx" ON "Declaration"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Declaration_applicantId_roundId_key" ON "Declaration"("applicantId", "roundId");

-- CreateIndex
CREATE INDEX "DeclarationEvent_declarationId_at_idx" ON "DeclarationEvent"("declarationId", "at");

-- CreateIndex
CREATE INDEX "DeclarationFile_fileId_idx" ON "DeclarationFile"("fileId");

-- AddForeignKey
ALTER TABLE "Declaration" ADD CONSTRAINT "Declaration_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ApplicationRound"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeclarationEvent" ADD CONSTRAINT "DeclarationEvent_declarationId_fkey" FOREIGN KEY ("declarationId") REFERENCES "Declaration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeclarationFile" ADD CONSTRAINT "DeclarationFile_declarationId_fkey" FOREIGN KEY ("declarationId") REFERENCES "Declaration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
