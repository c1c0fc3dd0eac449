-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
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
    "zhFolded" TEXT NOT NULL DEFAULT '',
    "enFolded" TEXT NOT NULL DEFAULT '',
    "foldVersion" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Segment_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "Release" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Segment" ("en", "enStatus", "figureIssues", "id", "key", "kind", "level", "position", "releaseId", "speakerKey", "zh") SELECT "en", "enStatus", "figureIssues", "id", "key", "kind", "level", "position", "releaseId", "speakerKey", "zh" FROM "Segment";
DROP TABLE "Segment";
ALTER TABLE "new_Segment" RENAME TO "Segment";
CREATE INDEX "Segment_releaseId_position_idx" ON "Segment"("releaseId", "position");
CREATE INDEX "Segment_foldVersion_idx" ON "Segment"("foldVersion");
CREATE UNIQUE INDEX "Segment_releaseId_key_key" ON "Segment"("releaseId", "key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Search index (lib/db/search-ddl.ts)
CREATE VIRTUAL TABLE "SegmentSearch" USING fts5("zhFolded", "enFolded", content = 'Segment', tokenize = 'trigram');
-- Search index triggers (lib/db/search-ddl.ts)
CREATE TRIGGER "Segment_search_insert" AFTER INSERT ON "Segment" BEGIN
  INSERT INTO "SegmentSearch" ("rowid", "zhFolded", "enFolded") VALUES (new."rowid", new."zhFolded", new."enFolded");
END;
CREATE TRIGGER "Segment_search_delete" AFTER DELETE ON "Segment" BEGIN
  INSERT INTO "SegmentSearch" ("SegmentSearch", "rowid", "zhFolded", "enFolded") VALUES ('delete', old."rowid", old."zhFolded", old."enFolded");
END;
CREATE TRIGGER "Segment_search_update" AFTER UPDATE OF "zhFolded", "enFolded" ON "Segment" BEGIN
  INSERT INTO "SegmentSearch" ("SegmentSearch", "rowid", "zhFolded", "enFolded") VALUES ('delete', old."rowid", old."zhFolded", old."enFolded");
  INSERT INTO "SegmentSearch" ("rowid", "zhFolded", "enFolded") VALUES (new."rowid", new."zhFolded", new."enFolded");
END;
INSERT INTO "SegmentSearch" ("SegmentSearch") VALUES ('rebuild');
