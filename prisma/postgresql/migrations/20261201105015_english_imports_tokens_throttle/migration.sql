-- AlterTable
ALTER TABLE "Release" ADD COLUMN     "origin" TEXT NOT NULL DEFAULT 'content',
ADD COLUMN     "provenance" TEXT,
ADD COLUMN     "reviewedBy" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "translationBy" TEXT;

-- AlterTable
ALTER TABLE "Segment" ADD COLUMN     "enStatus" TEXT NOT NULL DEFAULT 'reviewed';

-- CreateTable
CREATE TABLE "OfficialEnglish" (
    "id" TEXT NOT NULL,
    "releaseId" TEXT NOT NULL,
    "publisherZh" TEXT NOT NULL,
    "publisherEn" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT,
    "paragraphs" TEXT NOT NULL,
    "links" TEXT NOT NULL,

    CONSTRAINT "OfficialEnglish_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReleaseRevision" (
    "id" TEXT NOT NULL,
    "releaseId" TEXT NOT NULL,
    "editorId" TEXT,
    "summary" TEXT NOT NULL,
    "snapshot" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReleaseRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportDraft" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "fileName" TEXT,
    "sourceUrl" TEXT,
    "report" TEXT NOT NULL,
    "draft" TEXT NOT NULL,
    "publishedAs" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "lastFailure" BIGINT NOT NULL,

    CONSTRAINT "SignInThrottle_pkey" PRIMARY KEY ("key")
);

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

-- AddForeignKey
ALTER TABLE "OfficialEnglish" ADD CONSTRAINT "OfficialEnglish_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReleaseRevision" ADD CONSTRAINT "ReleaseRevision_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReleaseRevision" ADD CONSTRAINT "ReleaseRevision_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportDraft" ADD CONSTRAINT "ImportDraft_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
