-- AlterTable
ALTER TABLE "DeclarationEvent" ADD COLUMN     "actorUnitName" TEXT;
