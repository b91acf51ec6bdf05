import path from 'node:path';

/** The SQLite file inside Keel's data directory. */
export function databaseFile(dataDir: string): string {
  return path.resolve(dataDir, 'keel.db');
}
