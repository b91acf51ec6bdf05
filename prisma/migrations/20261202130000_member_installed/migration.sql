-- AlterTable
ALTER TABLE "Member" ADD COLUMN "installed" TEXT;
