-- AlterTable
ALTER TABLE "ImportDraft" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
