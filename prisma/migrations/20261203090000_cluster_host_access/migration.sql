-- How Keel reaches a cluster's hosts over SSH (drills, provisioning). Added columns only: SQLite
-- allows a REFERENCES clause on an added column whose default is NULL.
ALTER TABLE "Cluster" ADD COLUMN "sshCredentialId" TEXT REFERENCES "Credential" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Cluster" ADD COLUMN "sshPort" INTEGER NOT NULL DEFAULT 22;
ALTER TABLE "Cluster" ADD COLUMN "sshTrustOnFirstUse" BOOLEAN NOT NULL DEFAULT false;
