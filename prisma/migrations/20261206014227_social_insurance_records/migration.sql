-- CreateTable
CREATE TABLE "SocialInsuranceRecord" (
    "id" TEXT NOT NULL,
    "idNumber" TEXT NOT NULL,
    "employerName" TEXT NOT NULL,
    "fromMonth" TEXT NOT NULL,
    "toMonth" TEXT NOT NULL,

    CONSTRAINT "SocialInsuranceRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SocialInsuranceRecord_idNumber_idx" ON "SocialInsuranceRecord"("idNumber");
