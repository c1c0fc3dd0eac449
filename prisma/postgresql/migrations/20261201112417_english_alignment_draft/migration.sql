-- CreateTable
CREATE TABLE "EnglishAlignmentDraft" (
    "id" TEXT NOT NULL,
    "releaseId" TEXT NOT NULL,
    "editorId" TEXT,
    "publisherZh" TEXT NOT NULL,
    "publisherEn" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "paragraphs" TEXT NOT NULL,
    "links" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EnglishAlignmentDraft_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EnglishAlignmentDraft_releaseId_key" ON "EnglishAlignmentDraft"("releaseId");

-- AddForeignKey
ALTER TABLE "EnglishAlignmentDraft" ADD CONSTRAINT "EnglishAlignmentDraft_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnglishAlignmentDraft" ADD CONSTRAINT "EnglishAlignmentDraft_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
