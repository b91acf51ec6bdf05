import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CredentialInfo } from '@keel/shared';
import { SecretBox } from '../src/security/secret-box.js';
import { rotateSecretKey } from '../src/security/rotate-key.js';
import { testApp } from './test-app.js';

type App = Awaited<ReturnType<typeof testApp>>;

describe('rotating the secret key', () => {
  let app: App;
  beforeAll(async () => {
    app = await testApp();
  });
  afterAll(async () => app.close());

  it('re-encrypts every secret so only the new key opens them', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/credentials',
      headers: app.as.admin,
      payload: { kind: 'database', name: 'm', username: 'u', password: 'rotate-me-123' },
    });
    const id = res.json<CredentialInfo>().id;
    const oldKey = readFileSync(path.join(app.dataDir, 'secret.key'), 'utf8');
    const before = (await app.db.credential.findUniqueOrThrow({ where: { id } })).secret;

    const { reencrypted } = await rotateSecretKey(app.db, app.dataDir, app.secretBox);
    expect(reencrypted).toBe(1);

    const newKey = readFileSync(path.join(app.dataDir, 'secret.key'), 'utf8');
    expect(newKey).not.toBe(oldKey);
    const after = (await app.db.credential.findUniqueOrThrow({ where: { id } })).secret;
    expect(after).not.toBe(before);
    expect(() => app.secretBox.open(after)).toThrow();
    expect(JSON.parse(SecretBox.open(app.dataDir).open(after))).toEqual({ password: 'rotate-me-123' });
  });
});
