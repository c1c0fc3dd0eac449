-- CreateTable
CREATE TABLE "ViewVersion" (
    "tag" TEXT NOT NULL PRIMARY KEY,
    "version" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL
);

-- CreateIndex
CREATE INDEX "ViewVersion_seq_idx" ON "ViewVersion"("seq");
