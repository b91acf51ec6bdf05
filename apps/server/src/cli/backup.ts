import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config.js';
import { backupDatabase } from '../db/backup.js';
import { databaseFile } from '../db/database-file.js';

const usage = 'usage: keel backup [FILE]   (default: <data dir>/backups/keel-<UTC time>.db)';

/**
 * `keel backup [FILE]` (from a checkout: `pnpm --filter @keel/server backup`): a consistent snapshot of
 * the database while Keel runs. Restoring it: docs/production.md.
 */
export async function backupCommand(args: string[]): Promise<void> {
  if (args.length > 1 || args[0]?.startsWith('-')) {
    console.error(usage);
    process.exitCode = 2;
    return;
  }
  const config = loadConfig();
  if (!existsSync(databaseFile(config.dataDir))) {
    console.error(`keel: no database at ${databaseFile(config.dataDir)} (is KEEL_DATA_DIR right?)`);
    process.exitCode = 1;
    return;
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = path.resolve(args[0] ?? path.join(config.dataDir, 'backups', `keel-${stamp}.db`));
  if (existsSync(target)) {
    console.error(`keel: ${target} exists; give a new file name`);
    process.exitCode = 1;
    return;
  }
  mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  const { bytes, rows } = await backupDatabase(config.dataDir, target);
  console.log(
    `keel: backup written to ${target} (${Math.ceil(bytes / 1024)} KiB; integrity ok; ${rows.users} users, ` +
      `${rows.clusters} clusters, ${rows.jobs} jobs, ${rows.auditEvents} audit events)`,
  );
  const keyPlace = config.secretKey
    ? 'your KEEL_SECRET_KEY (or the file KEEL_SECRET_KEY_FILE names)'
    : path.join(config.dataDir, 'secret.key');
  console.error(secretKeyReminder(keyPlace));
}

/** Loud on purpose: a backup without its key restores users and history, but no stored credential. */
function secretKeyReminder(keyPlace: string): string {
  const bar = '!'.repeat(78);
  return [
    bar,
    '!! THIS BACKUP DOES NOT CONTAIN THE SECRET KEY.',
    '!! Stored credentials (SSH keys, database and HAProxy passwords) are sealed with it and cannot be',
    '!! read without it. Keep a copy of',
    `!!   ${keyPlace}`,
    '!! somewhere safe, apart from this backup (and not beside it: the two together open every secret).',
    bar,
  ].join('\n');
}
