-- CreateTable
CREATE TABLE "OfficialEnglish" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "releaseId" TEXT NOT NULL,
    "publisherZh" TEXT NOT NULL,
    "publisherEn" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT,
    "paragraphs" TEXT NOT NULL,
    "links" TEXT NOT NULL,
    CONSTRAINT "OfficialEnglish_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReleaseRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "releaseId" TEXT NOT NULL,
    "editorId" TEXT,
    "summary" TEXT NOT NULL,
    "snapshot" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ReleaseRevision_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ReleaseRevision_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ImportDraft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT NOT NULL,
    "fileName" TEXT,
    "sourceUrl" TEXT,
    "report" TEXT NOT NULL,
    "draft" TEXT NOT NULL,
    "publishedAs" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ImportDraft_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" DATETIME,
    CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "failures" INTEGER NOT NULL,
    "lastFailure" BIGINT NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Release" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "sourceScript" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "region" TEXT,
    "kind" TEXT,
    "issuerZh" TEXT NOT NULL,
    "issuerEn" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "editorialNote" TEXT NOT NULL DEFAULT '',
    "provenance" TEXT,
    "origin" TEXT NOT NULL DEFAULT 'content',
    "translationBy" TEXT,
    "reviewedBy" TEXT NOT NULL DEFAULT '[]',
    "contentHash" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Release" ("contentHash", "date", "editorialNote", "id", "issuerEn", "issuerZh", "kind", "region", "slug", "sourceScript", "sourceUrl", "titleEn", "titleZh", "updatedAt") SELECT "contentHash", "date", "editorialNote", "id", "issuerEn", "issuerZh", "kind", "region", "slug", "sourceScript", "sourceUrl", "titleEn", "titleZh", "updatedAt" FROM "Release";
DROP TABLE "Release";
ALTER TABLE "new_Release" RENAME TO "Release";
CREATE UNIQUE INDEX "Release_slug_key" ON "Release"("slug");
CREATE TABLE "new_Segment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "releaseId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "level" INTEGER,
    "speakerKey" TEXT,
    "zh" TEXT NOT NULL,
    "en" TEXT NOT NULL,
    "enStatus" TEXT NOT NULL DEFAULT 'reviewed',
    "figureIssues" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "Segment_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Segment" ("en", "figureIssues", "id", "key", "kind", "level", "position", "releaseId", "speakerKey", "zh") SELECT "en", "figureIssues", "id", "key", "kind", "level", "position", "releaseId", "speakerKey", "zh" FROM "Segment";
DROP TABLE "Segment";
ALTER TABLE "new_Segment" RENAME TO "Segment";
CREATE INDEX "Segment_releaseId_position_idx" ON "Segment"("releaseId", "position");
CREATE UNIQUE INDEX "Segment_releaseId_key_key" ON "Segment"("releaseId", "key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "OfficialEnglish_releaseId_key" ON "OfficialEnglish"("releaseId");

-- CreateIndex
CREATE INDEX "ReleaseRevision_releaseId_createdAt_idx" ON "ReleaseRevision"("releaseId", "createdAt");

-- CreateIndex
CREATE INDEX "ImportDraft_ownerId_updatedAt_idx" ON "ImportDraft"("ownerId", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_hash_key" ON "ApiToken"("hash");

-- CreateIndex
CREATE INDEX "ApiToken_userId_idx" ON "ApiToken"("userId");
