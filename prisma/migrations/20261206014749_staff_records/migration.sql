-- CreateTable
CREATE TABLE "StaffRetirement" (
    "userId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "retiredOn" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffRetirement_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "DisciplinePeriod" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "startsOn" TEXT NOT NULL,
    "endsOn" TEXT NOT NULL,
    "documentNumber" TEXT NOT NULL,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnById" TEXT,
    "withdrawReason" TEXT,

    CONSTRAINT "DisciplinePeriod_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DisciplinePeriod_userId_idx" ON "DisciplinePeriod"("userId");

-- CreateIndex
CREATE INDEX "DisciplinePeriod_unitId_idx" ON "DisciplinePeriod"("unitId");
