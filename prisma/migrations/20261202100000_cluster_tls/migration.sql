-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Cluster" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "namespace" TEXT NOT NULL DEFAULT '/service/',
    "etcdEndpoints" TEXT NOT NULL,
    "haproxyReadWrite" TEXT,
    "haproxyReadOnly" TEXT,
    "haproxyStatsUrl" TEXT,
    "haproxyStatsCredentialId" TEXT,
    "databaseCredentialId" TEXT,
    "patroniCredentialId" TEXT,
    "etcdCredentialId" TEXT,
    "caCredentialId" TEXT,
    "clientCertCredentialId" TEXT,
    "tlsVerify" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Cluster_haproxyStatsCredentialId_fkey" FOREIGN KEY ("haproxyStatsCredentialId") REFERENCES "Credential" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Cluster_databaseCredentialId_fkey" FOREIGN KEY ("databaseCredentialId") REFERENCES "Credential" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Cluster_patroniCredentialId_fkey" FOREIGN KEY ("patroniCredentialId") REFERENCES "Credential" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Cluster_etcdCredentialId_fkey" FOREIGN KEY ("etcdCredentialId") REFERENCES "Credential" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Cluster_caCredentialId_fkey" FOREIGN KEY ("caCredentialId") REFERENCES "Credential" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Cluster_clientCertCredentialId_fkey" FOREIGN KEY ("clientCertCredentialId") REFERENCES "Credential" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Cluster" ("createdAt", "databaseCredentialId", "etcdEndpoints", "haproxyReadOnly", "haproxyReadWrite", "haproxyStatsCredentialId", "haproxyStatsUrl", "id", "name", "namespace", "scope", "updatedAt") SELECT "createdAt", "databaseCredentialId", "etcdEndpoints", "haproxyReadOnly", "haproxyReadWrite", "haproxyStatsCredentialId", "haproxyStatsUrl", "id", "name", "namespace", "scope", "updatedAt" FROM "Cluster";
DROP TABLE "Cluster";
ALTER TABLE "new_Cluster" RENAME TO "Cluster";
CREATE UNIQUE INDEX "Cluster_name_key" ON "Cluster"("name");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
