import { mkdtempSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SecretBox } from './secret-box.js';

describe('SecretBox', () => {
  it('round-trips and never stores the plaintext', () => {
    const box = SecretBox.fromKey(randomBytes(32));
    const sealed = box.seal('hunter2-very-secret');
    expect(sealed).not.toContain('hunter2');
    expect(box.open(sealed)).toBe('hunter2-very-secret');
  });

  it('refuses tampered ciphertext and a wrong key', () => {
    const box = SecretBox.fromKey(randomBytes(32));
    const sealed = box.seal('secret');
    const parts = sealed.split(':');
    parts[3] = Buffer.from('xxxxxx').toString('base64');
    expect(() => box.open(parts.join(':'))).toThrow();
    expect(() => SecretBox.fromKey(randomBytes(32)).open(sealed)).toThrow();
  });

  it('creates its key file once, readable by the owner only', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'keel-box-'));
    const sealed = SecretBox.open(dir).seal('x');
    expect(statSync(path.join(dir, 'secret.key')).mode & 0o777).toBe(0o600);
    expect(SecretBox.open(dir).open(sealed)).toBe('x');
  });
});
