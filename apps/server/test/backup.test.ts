import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/build-app.js';
import { loadConfig } from '../src/config.js';
import { backupDatabase } from '../src/db/backup.js';
import { testApp } from './test-app.js';

type App = Awaited<ReturnType<typeof testApp>>;

/** `keel backup`'s snapshot, taken while the app writes, and the restore steps of docs/production.md. */
describe('backing up the database while Keel runs', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'keel-backup-'));
  let app: App;
  beforeAll(async () => {
    app = await testApp();
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is one consistent moment, private, and restores into a fresh data directory', async () => {
    const created: string[] = [];
    let writing = true;
    const writer = (async () => {
      for (let n = 1; writing; n++) {
        await app.security.users.create({
          username: `w${n}`,
          password: 'a long enough password',
          role: 'viewer',
        });
        created.push(`w${n}`);
      }
    })();
    while (created.length < 3) await new Promise((resolve) => setTimeout(resolve, 20));
    const before = created.length;
    const target = path.join(dir, 'keel-backup.db');
    const summary = await backupDatabase(app.dataDir, target);
    const after = created.length;
    writing = false;
    await writer;

    // testApp's three users, then those the writer had made: all that were there when it began, at most
    // those done when it ended.
    expect(summary.rows.users).toBeGreaterThanOrEqual(3 + before);
    expect(summary.rows.users).toBeLessThanOrEqual(3 + after);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(existsSync(`${target}.partial`)).toBe(false);
    await expect(backupDatabase(app.dataDir, path.join(dir, 'no-such-dir/x.db'))).rejects.toThrow();

    const restored = mkdtempSync(path.join(os.tmpdir(), 'keel-restored-'));
    try {
      copyFileSync(target, path.join(restored, 'keel.db'));
      copyFileSync(path.join(app.dataDir, 'secret.key'), path.join(restored, 'secret.key'));
      const again = await buildApp(loadConfig({ KEEL_DATA_DIR: restored }), false);
      try {
        const users = await again.security.users.list();
        expect(users).toHaveLength(summary.rows.users);
        expect(users.map((u) => u.username)).toEqual(expect.arrayContaining(created.slice(0, before)));
        // Same key: what the first app sealed, the restored one opens.
        expect(again.secretBox.open(app.secretBox.seal('ssh key'))).toBe('ssh key');
      } finally {
        await again.close();
      }
    } finally {
      rmSync(restored, { recursive: true, force: true });
    }
  }, 120_000);
});
