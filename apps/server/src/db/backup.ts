import { closeSync, openSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { databaseFile } from './database-file.js';

export interface BackupSummary {
  file: string;
  bytes: number;
  /** Rows in the backup, per table, so the operator sees it holds what they expect. */
  rows: { users: number; clusters: number; jobs: number; auditEvents: number };
}

/**
 * A consistent copy of Keel's database while Keel runs: SQLite's online backup API (better-sqlite3's
 * `backup`), which copies pages under a read lock and starts over if the server wrote meanwhile, so the
 * copy is one moment of the database, never half of a change. Written beside `target` first and renamed into place, so
 * a file at `target` is always a whole backup; then checked with `PRAGMA integrity_check`.
 */
export async function backupDatabase(dataDir: string, target: string): Promise<BackupSummary> {
  const partial = `${target}.partial`;
  // Readable by its owner only, like keel.db: it holds password hashes and sealed secrets.
  closeSync(openSync(partial, 'w', 0o600));
  const source = new Database(databaseFile(dataDir), {
    readonly: true,
    fileMustExist: true,
    timeout: 10_000,
  });
  try {
    // All remaining pages in one step: a write by the server between steps restarts the copy, so many
    // small steps under steady writes might never finish. One step holds a read lock for milliseconds.
    const { totalPages } = await source.backup(partial, { progress: () => 0x7fffffff });
    source.close();
    const copy = new Database(partial, { readonly: true, fileMustExist: true });
    try {
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new Error(`the copy failed SQLite's integrity check: ${String(check)}`);
      const count = (table: string): number =>
        (copy.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
      const rows = {
        users: count('User'),
        clusters: count('Cluster'),
        jobs: count('Job'),
        auditEvents: count('AuditEvent'),
      };
      const pageSize = copy.pragma('page_size', { simple: true }) as number;
      copy.close();
      renameSync(partial, target);
      return { file: target, bytes: totalPages * pageSize, rows };
    } finally {
      if (copy.open) copy.close();
    }
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    if (source.open) source.close();
  }
}
