-- CreateTable
CREATE TABLE "ViewVersion" (
    "tag" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,

    CONSTRAINT "ViewVersion_pkey" PRIMARY KEY ("tag")
);

-- CreateIndex
CREATE INDEX "ViewVersion_seq_idx" ON "ViewVersion"("seq");
