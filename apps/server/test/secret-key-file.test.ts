import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SecretBox } from '../src/security/secret-box.js';
import { testApp } from './test-app.js';

/** KEEL_SECRET_KEY_FILE: the key in a file of the operator's (a root-owned file, a systemd credential). */
describe('the secret key from KEEL_SECRET_KEY_FILE', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'keel-key-file-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('seals with the key in the file, and makes no secret.key of its own', async () => {
    const key = randomBytes(32);
    const keyFile = path.join(dir, 'secret-key');
    writeFileSync(keyFile, `${key.toString('base64')}\n`, { mode: 0o600 });
    const app = await testApp({ KEEL_SECRET_KEY_FILE: keyFile });
    try {
      const sealed = app.secretBox.seal('a database password');
      expect(SecretBox.fromKey(key).open(sealed)).toBe('a database password');
      expect(existsSync(path.join(app.dataDir, 'secret.key'))).toBe(false);
    } finally {
      await app.close();
    }
  }, 60_000); // a fresh database is migrated first
});
