import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CredentialInfo } from '@keel/shared';
import { sshLoginFrom } from '../src/ssh/login.js';
import { testApp } from './test-app.js';

type App = Awaited<ReturnType<typeof testApp>>;

/** SSH logins in the credentials store: a key or a password, and the sudo password, never shown again. */
describe('SSH credentials for provisioning', () => {
  let app: App;
  beforeAll(async () => {
    app = await testApp();
  });
  afterAll(async () => app.close());

  const create = (payload: object) =>
    app.inject({ method: 'POST', url: '/api/v1/credentials', headers: app.as.admin, payload });

  it('keeps a password login with its sudo password, sealed, and answers neither', async () => {
    const res = await create({
      kind: 'ssh',
      name: 'deploy by password',
      username: 'deploy',
      password: 'login password 1',
      sudoPassword: 'sudo password 1',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.body).not.toContain('password 1');
    const info = res.json<CredentialInfo>();
    expect(info).toMatchObject({ kind: 'ssh', username: 'deploy', fingerprint: null });
    const login = await sshLoginFrom(app.security.credentials, info.id);
    expect(login).toEqual({
      username: 'deploy',
      auth: { password: 'login password 1' },
      sudoPassword: 'sudo password 1',
      credentialName: 'deploy by password',
      keyFingerprint: null,
    });
    const patched = await app.inject({
      method: 'PATCH',
      url: `/api/v1/credentials/${info.id}`,
      headers: app.as.admin,
      payload: { sudoPassword: 'sudo password 2' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect((await sshLoginFrom(app.security.credentials, info.id)).sudoPassword).toBe('sudo password 2');
    const wrongKind = await app.inject({
      method: 'PATCH',
      url: `/api/v1/credentials/${info.id}`,
      headers: app.as.admin,
      payload: { privateKey: 'x' },
    });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json<{ message: string }>().message).toBe(
      'This SSH credential logs in with a password; give password',
    );
  });

  it('refuses an SSH login with neither or both of key and password, and refuses a database login for SSH', async () => {
    const neither = await create({ kind: 'ssh', name: 'nothing' });
    expect(neither.statusCode).toBe(400);
    expect(neither.json<{ message: string }>().message).toBe(
      'An SSH credential needs a privateKey or a password: one of them, not both',
    );
    const db = await create({ kind: 'database', name: 'db', username: 'probe', password: 'pw' });
    expect(db.statusCode, db.body).toBe(201);
    await expect(sshLoginFrom(app.security.credentials, db.json<CredentialInfo>().id)).rejects.toThrow(
      'Credential "db" is not an SSH login',
    );
  });
});
