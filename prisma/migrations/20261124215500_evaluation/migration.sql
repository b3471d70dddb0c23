-- CreateEnum
CREATE TYPE "FilingStatus" AS ENUM ('PENDING_DEPT', 'PENDING_PROVINCE', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ApplicantScope" AS ENUM ('OWN_STAFF', 'REGION', 'UNITS');

-- CreateEnum
CREATE TYPE "CommitteeStatus" AS ENUM ('ACTIVE', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "CommitteeRole" AS ENUM ('CHAIR', 'GROUP_LEADER', 'MEMBER');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('PREPARING', 'VOTING', 'TALLIED');

-- CreateEnum
CREATE TYPE "TallyOutcome" AS ENUM ('PASSED', 'FAILED', 'NO_QUORUM');

-- CreateEnum
CREATE TYPE "BallotChoice" AS ENUM ('YES', 'NO', 'ABSTAIN');

-- CreateEnum
CREATE TYPE "ResultPublicityStatus" AS ENUM ('OPEN', 'COMPLETED');

-- AlterTable
ALTER TABLE "ApplicationRound" ADD COLUMN     "filingId" TEXT;

-- CreateTable
CREATE TABLE "EvaluationFiling" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "seriesId" TEXT NOT NULL,
    "specialty" TEXT,
    "level" "TitleLevel" NOT NULL,
    "applicantScope" "ApplicantScope" NOT NULL,
    "scopeRegionCode" TEXT,
    "scopeUnitIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "committeeName" TEXT NOT NULL,
    "validFrom" TEXT NOT NULL,
    "validTo" TEXT NOT NULL,
    "documentFileIds" TEXT[],
    "status" "FilingStatus" NOT NULL DEFAULT 'PENDING_DEPT',
    "deptUnitId" TEXT,
    "deptOpinion" TEXT,
    "deptReviewedById" TEXT,
    "deptReviewedAt" TIMESTAMP(3),
    "provinceOpinion" TEXT,
    "provinceReviewedById" TEXT,
    "provinceReviewedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationFiling_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Expert" (
    "id" TEXT NOT NULL,
    "poolUnitId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "specialty" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "workUnitName" TEXT NOT NULL,
    "contact" TEXT NOT NULL,
    "termStart" TEXT NOT NULL,
    "termEnd" TEXT NOT NULL,
    "recuseUnitIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "recuseIdNumbers" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "invitedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Expert_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Committee" (
    "id" TEXT NOT NULL,
    "filingId" TEXT NOT NULL,
    "seed" TEXT NOT NULL,
    "candidateIds" TEXT[],
    "size" INTEGER NOT NULL,
    "groupCount" INTEGER NOT NULL,
    "status" "CommitteeStatus" NOT NULL DEFAULT 'ACTIVE',
    "drawnById" TEXT NOT NULL,
    "drawnAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Committee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CommitteeMember" (
    "committeeId" TEXT NOT NULL,
    "expertId" TEXT NOT NULL,
    "role" "CommitteeRole" NOT NULL,
    "groupNo" INTEGER NOT NULL,

    CONSTRAINT "CommitteeMember_pkey" PRIMARY KEY ("committeeId","expertId")
);

-- CreateTable
CREATE TABLE "ReviewMeeting" (
    "id" TEXT NOT NULL,
    "committeeId" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "status" "MeetingStatus" NOT NULL DEFAULT 'PREPARING',
    "attendingExpertIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "voteStart" TIMESTAMP(3),
    "voteEnd" TIMESTAMP(3),
    "talliedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingDeclaration" (
    "meetingId" TEXT NOT NULL,
    "declarationId" TEXT NOT NULL,
    "groupNo" INTEGER,
    "groupOpinion" TEXT,
    "outcome" "TallyOutcome",
    "attending" INTEGER,
    "yes" INTEGER,
    "no" INTEGER,
    "abstain" INTEGER,

    CONSTRAINT "MeetingDeclaration_pkey" PRIMARY KEY ("meetingId","declarationId")
);

-- CreateTable
CREATE TABLE "BallotParticipation" (
    "meetingId" TEXT NOT NULL,
    "expertId" TEXT NOT NULL,
    "declarationId" TEXT NOT NULL,

    CONSTRAINT "BallotParticipation_pkey" PRIMARY KEY ("meetingId","declarationId","expertId")
);

-- CreateTable
CREATE TABLE "Ballot" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "declarationId" TEXT NOT NULL,
    "choice" "BallotChoice" NOT NULL,

    CONSTRAINT "Ballot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResultPublicity" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "startDate" TEXT NOT NULL,
    "workingDays" INTEGER NOT NULL,
    "endDate" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactPhone" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "status" "ResultPublicityStatus" NOT NULL DEFAULT 'OPEN',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "ResultPublicity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationFiling_committeeName_key" ON "EvaluationFiling"("committeeName");

-- CreateIndex
CREATE INDEX "EvaluationFiling_unitId_createdAt_idx" ON "EvaluationFiling"("unitId", "createdAt");

-- CreateIndex
CREATE INDEX "EvaluationFiling_status_deptUnitId_idx" ON "EvaluationFiling"("status", "deptUnitId");

-- CreateIndex
CREATE INDEX "Expert_userId_idx" ON "Expert"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Expert_poolUnitId_userId_key" ON "Expert"("poolUnitId", "userId");

-- CreateIndex
CREATE INDEX "Committee_filingId_status_idx" ON "Committee"("filingId", "status");

-- CreateIndex
CREATE INDEX "CommitteeMember_expertId_idx" ON "CommitteeMember"("expertId");

-- CreateIndex
CREATE INDEX "ReviewMeeting_committeeId_idx" ON "ReviewMeeting"("committeeId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingDeclaration_declarationId_key" ON "MeetingDeclaration"("declarationId");

-- CreateIndex
CREATE INDEX "Ballot_meetingId_declarationId_idx" ON "Ballot"("meetingId", "declarationId");

-- CreateIndex
CREATE UNIQUE INDEX "ResultPublicity_meetingId_key" ON "ResultPublicity"("meetingId");

-- AddForeignKey
ALTER TABLE "ApplicationRound" ADD CONSTRAINT "ApplicationRound_filingId_fkey" FOREIGN KEY ("filingId") REFERENCES "EvaluationFiling"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationFiling" ADD CONSTRAINT "EvaluationFiling_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "TitleSeries"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Committee" ADD CONSTRAINT "Committee_filingId_fkey" FOREIGN KEY ("filingId") REFERENCES "EvaluationFiling"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeMember" ADD CONSTRAINT "CommitteeMember_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CommitteeMember" ADD CONSTRAINT "CommitteeMember_expertId_fkey" FOREIGN KEY ("expertId") REFERENCES "Expert"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewMeeting" ADD CONSTRAINT "ReviewMeeting_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingDeclaration" ADD CONSTRAINT "MeetingDeclaration_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "ReviewMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultPublicity" ADD CONSTRAINT "ResultPublicity_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "ReviewMeeting"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
