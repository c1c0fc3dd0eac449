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
    "content" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Release" ("contentHash", "date", "editorialNote", "id", "issuerEn", "issuerZh", "kind", "origin", "provenance", "region", "reviewedBy", "slug", "sourceScript", "sourceUrl", "titleEn", "titleZh", "translationBy", "updatedAt") SELECT "contentHash", "date", "editorialNote", "id", "issuerEn", "issuerZh", "kind", "origin", "provenance", "region", "reviewedBy", "slug", "sourceScript", "sourceUrl", "titleEn", "titleZh", "translationBy", "updatedAt" FROM "Release";
DROP TABLE "Release";
ALTER TABLE "new_Release" RENAME TO "Release";
CREATE UNIQUE INDEX "Release_slug_key" ON "Release"("slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
