-- AlterTable
ALTER TABLE "ApplicationRound" ADD COLUMN     "eligibilityRules" JSONB;

-- CreateTable
CREATE TABLE "EligibilityRuleSet" (
    "id" TEXT NOT NULL,
    "seriesId" TEXT NOT NULL,
    "rules" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EligibilityRuleSet_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EligibilityRuleSet_seriesId_key" ON "EligibilityRuleSet"("seriesId");

-- AddForeignKey
ALTER TABLE "EligibilityRuleSet" ADD CONSTRAINT "EligibilityRuleSet_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "TitleSeries"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
