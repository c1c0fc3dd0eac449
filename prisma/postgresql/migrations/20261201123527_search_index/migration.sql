-- Search (lib/server/search): trigram indexes over the folded text, for LIKE '%…%' on any
-- substring of three characters or more. pg_trgm is a trusted extension (PostgreSQL 13+): the
-- database's owner may create it. It takes Han characters for word characters only under a UTF-8
-- locale (LC_CTYPE such as C.UTF-8 or en_US.UTF-8); elsewhere the index cannot serve Chinese and
-- searches scan.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- AlterTable
ALTER TABLE "Segment" ADD COLUMN     "enFolded" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "foldVersion" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "zhFolded" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Segment_zhFolded_idx" ON "Segment" USING GIN ("zhFolded" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Segment_enFolded_idx" ON "Segment" USING GIN ("enFolded" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Segment_foldVersion_idx" ON "Segment"("foldVersion");
