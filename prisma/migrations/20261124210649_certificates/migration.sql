-- CreateEnum
CREATE TYPE "CertificateStatus" AS ENUM ('ENTERING', 'PENDING_UNIT', 'SUBMITTED', 'CONFIRMED', 'RETURNED');

-- CreateEnum
CREATE TYPE "CertificateSource" AS ENUM ('ENTRY', 'EVALUATION');

-- CreateEnum
CREATE TYPE "CertificatePhotoStatus" AS ENUM ('NONE', 'UPLOADED', 'APPROVED', 'RETURNED');

-- CreateEnum
CREATE TYPE "CertificateBatchStatus" AS ENUM ('SUBMITTED', 'CONFIRMED', 'RETURNED');

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "idNumber" TEXT NOT NULL,
    "gender" TEXT NOT NULL,
    "titleName" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "series" TEXT NOT NULL,
    "specialty" TEXT NOT NULL,
    "committee" TEXT NOT NULL,
    "approvalNo" TEXT NOT NULL,
    "obtainedOn" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "status" "CertificateStatus" NOT NULL DEFAULT 'ENTERING',
    "source" "CertificateSource" NOT NULL DEFAULT 'ENTRY',
    "unitId" TEXT NOT NULL,
    "photoFileId" TEXT,
    "photoStatus" "CertificatePhotoStatus" NOT NULL DEFAULT 'NONE',
    "photoNote" TEXT,
    "batchId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Certificate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CertificateBatch" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "status" "CertificateBatchStatus" NOT NULL DEFAULT 'SUBMITTED',
    "count" INTEGER NOT NULL,
    "submittedById" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "reason" TEXT,

    CONSTRAINT "CertificateBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CertificateLookup" (
    "id" BIGSERIAL NOT NULL,
    "certificateId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CertificateLookup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CertificateLookupLimit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "CertificateLookupLimit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Certificate_number_key" ON "Certificate"("number");

-- CreateIndex
CREATE INDEX "Certificate_idNumber_idx" ON "Certificate"("idNumber");

-- CreateIndex
CREATE INDEX "Certificate_unitId_status_idx" ON "Certificate"("unitId", "status");

-- CreateIndex
CREATE INDEX "Certificate_batchId_idx" ON "Certificate"("batchId");

-- CreateIndex
CREATE INDEX "CertificateBatch_status_submittedAt_idx" ON "CertificateBatch"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "CertificateBatch_unitId_submittedAt_idx" ON "CertificateBatch"("unitId", "submittedAt");

-- CreateIndex
CREATE INDEX "CertificateLookup_certificateId_at_idx" ON "CertificateLookup"("certificateId", "at");

-- AddForeignKey
ALTER TABLE "Certificate" ADD CONSTRAINT "Certificate_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "CertificateBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CertificateLookup" ADD CONSTRAINT "CertificateLookup_certificateId_fkey" FOREIGN KEY ("certificateId") REFERENCES "Certificate"("id") ON DELETE CASCADE ON UPDATE CASCADE;
