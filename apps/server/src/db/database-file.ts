import { chmodSync, closeSync, openSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The SQLite file inside Keel's data directory. */
export function databaseFile(dataDir: string): string {
  return path.resolve(dataDir, 'keel.db');
}

/**
 * The database (and the journal and WAL files SQLite keeps beside it) readable by its owner only, like
 * secret.key: it holds password hashes, sealed secrets and the audit log. Created empty with mode 0600
 * before SQLite first opens it, since SQLite gives its side files the mode of the database file.
 */
export function restrictDatabaseFiles(dataDir: string): void {
  closeSync(openSync(databaseFile(dataDir), 'a', 0o600));
  for (const name of readdirSync(dataDir))
    if (name.startsWith('keel.db')) chmodSync(path.join(dataDir, name), 0o600);
}
