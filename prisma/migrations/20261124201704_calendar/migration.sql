-- CreateEnum
CREATE TYPE "CalendarDayKind" AS ENUM ('OFF', 'WORK');

-- CreateTable
CREATE TABLE "CalendarYear" (
    "year" INTEGER NOT NULL,
    "noticeName" TEXT NOT NULL,
    "noticeNumber" TEXT NOT NULL,
    "holidays" TEXT[],
    "workdays" TEXT[],
    "createdById" TEXT NOT NULL,
    "createdByName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarYear_pkey" PRIMARY KEY ("year")
);

-- CreateTable
CREATE TABLE "CalendarCorrection" (
    "date" TEXT NOT NULL,
    "kind" "CalendarDayKind" NOT NULL,
    "noticeName" TEXT NOT NULL,
    "noticeNumber" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "correctedById" TEXT NOT NULL,
    "correctedByName" TEXT NOT NULL,
    "correctedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarCorrection_pkey" PRIMARY KEY ("date")
);
