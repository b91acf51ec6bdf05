-- CreateTable
CREATE TABLE "HostKeyPin" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "endpoint" TEXT NOT NULL,
    "keyType" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "acceptedBy" TEXT NOT NULL,
    "acceptedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "HostKeyPin_endpoint_key" ON "HostKeyPin"("endpoint");

