-- CreateTable
CREATE TABLE "ActivityEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "clusterId" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "type" TEXT NOT NULL,
    "event" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "ActivityEntry_clusterId_id_idx" ON "ActivityEntry"("clusterId", "id");
