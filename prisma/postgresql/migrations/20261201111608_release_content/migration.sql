-- AlterTable
ALTER TABLE "Release" ADD COLUMN     "content" TEXT NOT NULL DEFAULT '';
