-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN "targetName" TEXT;

-- CreateTable
CREATE TABLE "AuditPrune" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor" TEXT NOT NULL,
    "throughId" INTEGER NOT NULL,
    "before" DATETIME NOT NULL,
    "count" INTEGER NOT NULL,
    "archive" TEXT NOT NULL,
    "sha256" TEXT NOT NULL
);

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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Cluster_haproxyStatsCredentialId_fkey" FOREIGN KEY ("haproxyStatsCredentialId") REFERENCES "Credential" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Cluster_databaseCredentialId_fkey" FOREIGN KEY ("databaseCredentialId") REFERENCES "Credential" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Cluster" ("createdAt", "databaseCredentialId", "etcdEndpoints", "haproxyReadOnly", "haproxyReadWrite", "haproxyStatsUrl", "id", "name", "namespace", "scope", "updatedAt") SELECT "createdAt", "databaseCredentialId", "etcdEndpoints", "haproxyReadOnly", "haproxyReadWrite", "haproxyStatsUrl", "id", "name", "namespace", "scope", "updatedAt" FROM "Cluster";
DROP TABLE "Cluster";
ALTER TABLE "new_Cluster" RENAME TO "Cluster";
CREATE UNIQUE INDEX "Cluster_name_key" ON "Cluster"("name");
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "username" TEXT NOT NULL,
    "passwordVersion" INTEGER NOT NULL DEFAULT 0,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_User" ("createdAt", "disabled", "id", "mustChangePassword", "passwordHash", "role", "updatedAt", "username") SELECT "createdAt", "disabled", "id", "mustChangePassword", "passwordHash", "role", "updatedAt", "username" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_username_key" ON "User"("username");
CREATE TABLE "new_Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "csrfToken" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "ip" TEXT,
    "userAgent" TEXT,
    "passwordVersion" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Session" ("createdAt", "csrfToken", "expiresAt", "id", "ip", "lastSeenAt", "userAgent", "userId") SELECT "createdAt", "csrfToken", "expiresAt", "id", "ip", "lastSeenAt", "userAgent", "userId" FROM "Session";
DROP TABLE "Session";
ALTER TABLE "new_Session" RENAME TO "Session";
CREATE INDEX "Session_userId_idx" ON "Session"("userId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Usernames are unique whatever their case. Should a database already hold names that differ only in case,
-- every one but the oldest gets "-" and the start of its id appended, so the index can be built and no
-- account is lost (an admin can rename it back by hand).
UPDATE "User" SET "username" = "username" || '-' || substr("id", 1, 8)
WHERE EXISTS (
    SELECT 1 FROM "User" AS older
    WHERE lower(older."username") = lower("User"."username")
      AND (older."createdAt" < "User"."createdAt" OR (older."createdAt" = "User"."createdAt" AND older."id" < "User"."id"))
);
CREATE UNIQUE INDEX "User_username_lower_key" ON "User"(lower("username"));

-- The audit log stays append-only, except for archive-then-prune: a row may be removed only once an
-- AuditPrune row covering its id exists, and AuditPrune rows themselves can never change or go.
DROP TRIGGER "AuditEvent_no_delete";
CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent"
WHEN NOT EXISTS (SELECT 1 FROM "AuditPrune" WHERE "throughId" >= OLD."id")
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER "AuditPrune_no_update" BEFORE UPDATE ON "AuditPrune"
BEGIN SELECT RAISE(ABORT, 'the audit prune record is append-only'); END;
CREATE TRIGGER "AuditPrune_no_delete" BEFORE DELETE ON "AuditPrune"
BEGIN SELECT RAISE(ABORT, 'the audit prune record is append-only'); END;
