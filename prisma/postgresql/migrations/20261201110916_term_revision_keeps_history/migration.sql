-- DropForeignKey
ALTER TABLE "TermRevision" DROP CONSTRAINT "TermRevision_editorId_fkey";

-- AlterTable
ALTER TABLE "TermRevision" ALTER COLUMN "editorId" DROP NOT NULL;

-- AddForeignKey
ALTER TABLE "TermRevision" ADD CONSTRAINT "TermRevision_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
