-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "Release" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "sourceScript" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "issuerZh" TEXT NOT NULL,
    "issuerEn" TEXT NOT NULL,
    "titleZh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "editorialNote" TEXT NOT NULL DEFAULT '',
    "contentHash" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Release_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Speaker" (
    "id" TEXT NOT NULL,
    "releaseId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "zh" TEXT NOT NULL,
    "en" TEXT NOT NULL,
    "roleZh" TEXT,
    "roleEn" TEXT,

    CONSTRAINT "Speaker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Segment" (
    "id" TEXT NOT NULL,
    "releaseId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "speakerKey" TEXT,
    "zh" TEXT NOT NULL,
    "en" TEXT NOT NULL,
    "figureIssues" TEXT NOT NULL DEFAULT '[]',

    CONSTRAINT "Segment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Repair" (
    "id" TEXT NOT NULL,
    "releaseId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "segmentKey" TEXT,
    "speakerKey" TEXT,
    "damaged" TEXT NOT NULL,
    "restored" TEXT NOT NULL,
    "reason" TEXT NOT NULL,

    CONSTRAINT "Repair_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GlossaryTerm" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "hant" TEXT NOT NULL,
    "hans" TEXT NOT NULL,
    "pinyin" TEXT NOT NULL,
    "renderings" TEXT NOT NULL,
    "literal" TEXT,
    "explanation" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,

    CONSTRAINT "GlossaryTerm_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Release_slug_key" ON "Release"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Speaker_releaseId_key_key" ON "Speaker"("releaseId", "key");

-- CreateIndex
CREATE INDEX "Segment_releaseId_position_idx" ON "Segment"("releaseId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Segment_releaseId_key_key" ON "Segment"("releaseId", "key");

-- CreateIndex
CREATE INDEX "Repair_releaseId_position_idx" ON "Repair"("releaseId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "GlossaryTerm_key_key" ON "GlossaryTerm"("key");

-- AddForeignKey
ALTER TABLE "Speaker" ADD CONSTRAINT "Speaker_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Segment" ADD CONSTRAINT "Segment_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Repair" ADD CONSTRAINT "Repair_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release"("id") ON DELETE CASCADE ON UPDATE CASCADE;
