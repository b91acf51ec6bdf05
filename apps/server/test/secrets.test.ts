import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ssh2 from 'ssh2';
import WebSocket from 'ws';
import type { CredentialInfo } from '@keel/shared';
import { testApp } from './test-app.js';

type App = Awaited<ReturnType<typeof testApp>>;

/** Secrets go in and never come out: not in answers, logs, WebSocket messages, errors or the database file. */
describe('secret redaction', () => {
  const logs: string[] = [];
  const answers: string[] = [];
  const passphrase = 'passphrase-7d1c9e';
  const password = 'db-password-4f2a8b';
  const keys = ssh2.utils.generateKeyPairSync('ed25519', { passphrase, cipher: 'aes256-ctr', rounds: 16 });
  const plainKey = ssh2.utils.generateKeyPairSync('ed25519');
  // Distinctive slices of the key bodies: any leak of a key shows one of them.
  const keyBytes = [keys.private, plainKey.private].map((k) => k.split('\n')[2]!.slice(0, 40));
  const secrets = [passphrase, password, ...keyBytes];
  let app: App;

  const call = async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) => {
    const res = await app.inject({ method, url, headers: app.as.admin, ...(payload && { payload }) });
    answers.push(res.body);
    return res;
  };

  beforeAll(async () => {
    app = await testApp({}, { level: 'trace', stream: { write: (line: string) => logs.push(line) } });
  });
  afterAll(async () => app.close());

  it('stores SSH keys and passwords, and answers with names and fingerprints only', async () => {
    const ssh = await call('POST', '/api/v1/credentials', {
      kind: 'ssh',
      name: 'prod key',
      privateKey: keys.private,
      passphrase,
    });
    expect(ssh.statusCode).toBe(201);
    expect(ssh.json<CredentialInfo>().fingerprint).toMatch(/^SHA256:/);
    const plain = await call('POST', '/api/v1/credentials', {
      kind: 'ssh',
      name: 'lab key',
      privateKey: plainKey.private,
    });
    expect(plain.statusCode).toBe(201);
    const db = await call('POST', '/api/v1/credentials', {
      kind: 'database',
      name: 'monitor',
      username: 'keel',
      password,
    });
    expect(db.statusCode).toBe(201);

    await call('GET', '/api/v1/credentials');
    await call('GET', `/api/v1/credentials/${db.json<CredentialInfo>().id}`);
    await call('PATCH', `/api/v1/credentials/${db.json<CredentialInfo>().id}`, { password: `${password}-2` });
    secrets.push(`${password}-2`);
    // Failures must not echo the secret either.
    const wrongPassphrase = await call('POST', '/api/v1/credentials', {
      kind: 'ssh',
      name: 'x',
      privateKey: keys.private,
      passphrase: 'not-it-9a8b7c',
    });
    expect(wrongPassphrase.statusCode).toBe(400);
    secrets.push('not-it-9a8b7c');
    const notAKey = await call('POST', '/api/v1/credentials', {
      kind: 'ssh',
      name: 'y',
      privateKey: `garbage ${password}`,
    });
    expect(notAKey.statusCode).toBe(400);
    const unreachable = await call('POST', '/api/v1/clusters', {
      name: 'c1',
      patroniUrl: 'http://127.0.0.1:59999',
      database: { username: 'keel', password },
    });
    expect(unreachable.statusCode).toBe(422);
    await call('GET', '/api/v1/audit?limit=1000');
    await call('GET', '/api/v1/audit/export');
  });

  it('keeps them out of every answer, log line and WebSocket message', async () => {
    const base = (await app.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws');
    const messages: string[] = [];
    const ws = new WebSocket(`${base}/api/v1/events`, { headers: app.as.viewer });
    ws.on('message', (data: Buffer) => messages.push(data.toString('utf8')));
    await new Promise((resolve) => ws.once('open', resolve));
    await new Promise((resolve) => setTimeout(resolve, 300));
    ws.close();

    expect(messages.length).toBeGreaterThan(0);
    expect(logs.length).toBeGreaterThan(10);
    const everything = [...answers, ...logs, ...messages].join('\n');
    for (const secret of secrets) expect(everything).not.toContain(secret);
  });

  it('keeps them encrypted at rest, with the key outside the database', () => {
    // The database file and its write-ahead log or journal, whichever SQLite left.
    const database = Buffer.concat(
      readdirSync(app.dataDir)
        .filter((f) => f.startsWith('keel.db'))
        .map((f) => readFileSync(path.join(app.dataDir, f))),
    );
    for (const secret of secrets) expect(database.includes(Buffer.from(secret))).toBe(false);
    const keyFile = readFileSync(path.join(app.dataDir, 'secret.key'), 'utf8').trim();
    expect(database.includes(Buffer.from(keyFile))).toBe(false);
  });
});
