-- CreateTable
CREATE TABLE "EnglishAlignmentDraft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "releaseId" TEXT NOT NULL,
    "editorId" TEXT,
    "publisherZh" TEXT NOT NULL,
    "publisherEn" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "paragraphs" TEXT NOT NULL,
    "links" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "EnglishAlignmentDraft_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EnglishAlignmentDraft_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "EnglishAlignmentDraft_releaseId_key" ON "EnglishAlignmentDraft"("releaseId");
