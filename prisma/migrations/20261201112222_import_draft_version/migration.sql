-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ImportDraft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT NOT NULL,
    "fileName" TEXT,
    "sourceUrl" TEXT,
    "report" TEXT NOT NULL,
    "draft" TEXT NOT NULL,
    "publishedAs" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ImportDraft_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ImportDraft" ("createdAt", "draft", "fileName", "id", "ownerId", "publishedAs", "report", "sourceUrl", "updatedAt") SELECT "createdAt", "draft", "fileName", "id", "ownerId", "publishedAs", "report", "sourceUrl", "updatedAt" FROM "ImportDraft";
DROP TABLE "ImportDraft";
ALTER TABLE "new_ImportDraft" RENAME TO "ImportDraft";
CREATE INDEX "ImportDraft_ownerId_updatedAt_idx" ON "ImportDraft"("ownerId", "updatedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
