-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_TermRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "termKey" TEXT NOT NULL,
    "editorId" TEXT,
    "snapshot" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TermRevision_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_TermRevision" ("createdAt", "editorId", "id", "snapshot", "termKey") SELECT "createdAt", "editorId", "id", "snapshot", "termKey" FROM "TermRevision";
DROP TABLE "TermRevision";
ALTER TABLE "new_TermRevision" RENAME TO "TermRevision";
CREATE INDEX "TermRevision_termKey_createdAt_idx" ON "TermRevision"("termKey", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
