import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ssh2 from 'ssh2';
import WebSocket from 'ws';
import type { ClusterDetail, CredentialInfo, Job, KeelEvent } from '@keel/shared';
import { requireLabStatus } from '@keel/lab';
import { labImportRequest } from '../scripts/lab-import.js';
import { eventually, lab } from './lab.js';
import { opensshPrivateParts } from './secret-material.js';
import { testApp, testPassword } from './test-app.js';

type App = Awaited<ReturnType<typeof testApp>>;

/**
 * Secrets go in and never come out: not in answers, logs (at trace level), WebSocket messages, errors
 * or the database file. On a real lab cluster, so the feed, the probe and the jobs carry real state.
 */
describe('secrets, on a real cluster', () => {
  const logs: string[] = [];
  const answers: string[] = [];
  const messages: string[] = [];
  const passphrase = 'passphrase-7d1c9e';
  const wrongPassword = 'wrong-password-5e6f7a';
  const keys = ssh2.utils.generateKeyPairSync('ed25519', { passphrase, cipher: 'aes256-ctr', rounds: 16 });
  const plainKey = ssh2.utils.generateKeyPairSync('ed25519');
  /** Every secret by what it is, so a failure names the one that leaked. */
  const secrets = new Map<string, string>([
    ['SSH key passphrase', passphrase],
    ['wrong database password', wrongPassword],
    ['user password', testPassword],
  ]);
  const addSecrets = (what: string, values: string[]) =>
    values.forEach((value, i) => secrets.set(values.length > 1 ? `${what} #${i + 1}` : what, value));
  let app: App;
  let labStatus: Awaited<ReturnType<typeof requireLabStatus>>;
  let ws: WebSocket;
  let labKey: string;
  let session: { cookie: string; csrf: string };

  const call = async (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) => {
    const res = await app.inject({ method, url, headers: app.as.admin, ...(payload && { payload }) });
    answers.push(res.body, JSON.stringify(res.headers));
    return res;
  };
  const clusterId = () => app.clusters.list().then((l) => l.find((c) => c.name === 'lab')!.id);
  const detail = async () =>
    (await call('GET', `/api/v1/clusters/${await clusterId()}`)).json<ClusterDetail>();

  beforeAll(async () => {
    await lab('up');
    labStatus = await requireLabStatus();
    labKey = readFileSync(labStatus.hosts[0]!.sshKeyPath, 'utf8');
    addSecrets('lab database password', [labStatus.credentials.superuser.password]);
    addSecrets('encrypted SSH key, private part', opensshPrivateParts(keys.private));
    addSecrets('generated SSH key, private part', opensshPrivateParts(plainKey.private));
    addSecrets("lab's SSH key, private part", opensshPrivateParts(labKey));
    app = await testApp({}, { level: 'trace', stream: { write: (line: string) => logs.push(line) } });
    for (const [role, headers] of Object.entries(app.as))
      addSecrets(`${role} API token`, [headers.authorization!.slice('Bearer '.length)]);

    // A browser session too: its cookie and CSRF token are secrets of their own.
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'viewer', password: testPassword },
    });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.find((c) => c.name === 'keel_session')!.value;
    session = { cookie, csrf: login.json<{ csrfToken: string }>().csrfToken };
    addSecrets('session cookie', [session.cookie]);
    addSecrets('CSRF token', [session.csrf]);
    expect(login.body).not.toContain(session.cookie);

    const base = (await app.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws');
    ws = new WebSocket(`${base}/api/v1/events`, { headers: { cookie: `keel_session=${session.cookie}` } });
    ws.on('message', (data: Buffer) => messages.push(data.toString('utf8')));
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
  });
  afterAll(async () => {
    ws?.close();
    await app?.close();
  });

  it('stores SSH keys and database logins, and answers with names and fingerprints only', async () => {
    for (const [name, privateKey, extra] of [
      ['encrypted key', keys.private, { passphrase }],
      ['generated key', plainKey.private, {}],
      ['lab key', labKey, {}],
    ] as const) {
      const res = await call('POST', '/api/v1/credentials', { kind: 'ssh', name, privateKey, ...extra });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json<CredentialInfo>().fingerprint).toMatch(/^SHA256:/);
    }
    const db = await call('POST', '/api/v1/credentials', {
      kind: 'database',
      name: 'lab superuser',
      username: labStatus.credentials.superuser.username,
      password: labStatus.credentials.superuser.password,
    });
    expect(db.statusCode).toBe(201);
    await call('GET', '/api/v1/credentials');
    await call('GET', `/api/v1/credentials/${db.json<CredentialInfo>().id}`);

    // The lab imported with the stored login: the probe, the feed and the jobs now use it for real.
    const request = labImportRequest(labStatus);
    const imported = await call('POST', '/api/v1/clusters', {
      ...request,
      database: undefined,
      databaseCredentialId: db.json<CredentialInfo>().id,
    });
    expect(imported.statusCode, imported.body).toBe(201);
    const healthy = await eventually(
      'the lab healthy, probed with the stored login',
      async () => {
        const c = await detail();
        return c.health.level === 'healthy' && c.haproxy.readWrite?.ok ? c : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    // The feed carries the real cluster (its leader), not an empty snapshot.
    await eventually('the cluster state on the WebSocket', async () =>
      messages.some((m) => (JSON.parse(m) as KeelEvent).type !== 'snapshot' && m.includes(healthy.leader!))
        ? true
        : undefined,
    );
  });

  it('keeps them out of the job path', async () => {
    const id = await clusterId();
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/clusters/${id}/reload`,
      headers: app.as.operator,
      payload: {},
    });
    answers.push(res.body);
    expect(res.statusCode, res.body).toBe(202);
    const job = await eventually('the reload to end', async () => {
      const j = (await call('GET', `/api/v1/jobs/${res.json<Job>().id}`)).json<Job>();
      return ['queued', 'running'].includes(j.status) ? undefined : j;
    });
    expect(job.status, job.result ?? '').toBe('succeeded');
    await call('GET', `/api/v1/jobs?clusterId=${id}`);
  });

  it('keeps them out of the error paths: a wrong password, an unreachable Patroni, bad keys', async () => {
    const id = await clusterId();
    const wrong = await call('PATCH', `/api/v1/clusters/${id}`, {
      database: { username: labStatus.credentials.superuser.username, password: wrongPassword },
    });
    expect(wrong.statusCode, wrong.body).toBe(200);
    const failing = await eventually('the probe to fail on the wrong password', async () => {
      const c = await detail();
      return c.health.reasons.find((r) => r.code === 'WRITES_FAILING');
    });
    console.log(`wrong password: ${failing.message}`);
    expect(failing.message).toMatch(/password authentication failed/);
    const back = await call('PATCH', `/api/v1/clusters/${id}`, {
      databaseCredentialId: (await call('GET', '/api/v1/credentials'))
        .json<{ credentials: CredentialInfo[] }>()
        .credentials.find((c) => c.name === 'lab superuser')!.id,
    });
    expect(back.statusCode, back.body).toBe(200);

    const unreachable = await call('POST', '/api/v1/clusters', {
      name: 'nowhere',
      patroniUrl: 'http://127.0.0.1:59999',
      database: { username: 'keel', password: wrongPassword },
    });
    expect(unreachable.statusCode).toBe(422);
    const wrongPassphrase = await call('POST', '/api/v1/credentials', {
      kind: 'ssh',
      name: 'x',
      privateKey: keys.private,
      passphrase: 'not-it-9a8b7c',
    });
    expect(wrongPassphrase.statusCode).toBe(400);
    addSecrets('wrong passphrase', ['not-it-9a8b7c']);
    const notAKey = await call('POST', '/api/v1/credentials', {
      kind: 'ssh',
      name: 'y',
      privateKey: `garbage ${wrongPassword}`,
    });
    expect(notAKey.statusCode).toBe(400);
    await call('GET', '/api/v1/audit?limit=1000');
    await call('GET', '/api/v1/audit/export');
  });

  it('keeps them out of every answer, log line and WebSocket message', async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    console.log(
      `searched ${secrets.size} secrets in ${answers.length} answers and headers, ${logs.length} log lines, ${messages.length} WebSocket messages`,
    );
    expect(app.log.level).toBe('trace');
    expect(messages.length).toBeGreaterThan(5);
    for (const [where, texts] of [
      ['answers', answers],
      ['logs', logs],
      ['WebSocket messages', messages],
    ] as const) {
      const everything = texts.join('\n');
      for (const [what, secret] of secrets)
        expect(everything.includes(secret), `${what} in ${where}`).toBe(false);
    }
  });

  it('keeps them out of the database file, with the key outside it', () => {
    // The database file and its write-ahead log or journal, whichever SQLite left.
    const files = readdirSync(app.dataDir).filter((f) => f.startsWith('keel.db'));
    const database = Buffer.concat(files.map((f) => readFileSync(path.join(app.dataDir, f))));
    for (const [what, secret] of secrets) {
      // The CSRF token is kept as the session's value to compare and to hand back to the page
      // (GET /auth/session); without the session cookie, which is kept only as its SHA-256, it opens nothing.
      if (what === 'CSRF token') continue;
      expect(database.includes(Buffer.from(secret)), `${what} in the database file`).toBe(false);
    }
    const keyFile = readFileSync(path.join(app.dataDir, 'secret.key'), 'utf8').trim();
    expect(database.includes(Buffer.from(keyFile))).toBe(false);
    console.log(`searched the database files ${files.join(', ')} (${database.length} bytes)`);
  });

  it('stores each secret as a sealed value that holds none of its plaintext', async () => {
    const rows = await app.db.credential.findMany();
    expect(rows.length).toBeGreaterThanOrEqual(4);
    const stored = [...secrets.values()];
    for (const row of rows) {
      for (const [what, secret] of secrets)
        expect(row.secret.includes(secret), `${what} in ${row.name}`).toBe(false);
      // Sealed for real: AES-GCM under the data directory's key opens it to what was given.
      const opened = app.secretBox.open(row.secret);
      expect(
        stored.some((secret) => opened.includes(secret)),
        `${row.name} opens to a given secret`,
      ).toBe(true);
    }
    console.log(`${rows.length} credentials, each sealed`);
  });
});
