-- AlterTable
ALTER TABLE "Release" ADD COLUMN     "kind" TEXT,
ADD COLUMN     "region" TEXT;

-- AlterTable
ALTER TABLE "Segment" ADD COLUMN     "level" INTEGER;
