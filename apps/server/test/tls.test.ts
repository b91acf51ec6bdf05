import { execFileSync } from 'node:child_process';
import https from 'node:https';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { testApp, testPassword } from './test-app.js';

type App = Awaited<ReturnType<typeof testApp>>;

/** HTTPS with a throwaway self-signed certificate; the session cookie must then be Secure. */
describe('TLS', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'keel-tls-'));
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  let app: App;
  let port: number;

  beforeAll(async () => {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    app = await testApp({ KEEL_TLS_CERT: cert, KEEL_TLS_KEY: key });
    port = Number(new URL(await app.listen({ port: 0, host: '127.0.0.1' })).port);
  });
  afterAll(async () => app.close());

  const post = (pathname: string, body: object) =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined> }>(
      (resolve, reject) => {
        const req = https.request(
          {
            host: '127.0.0.1',
            port,
            path: pathname,
            method: 'POST',
            rejectUnauthorized: false,
            headers: { 'content-type': 'application/json' },
          },
          (res) => {
            res.resume();
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify(body));
      },
    );

  it('serves HTTPS, marks the session cookie Secure and sends HSTS', async () => {
    const res = await post('/api/v1/auth/login', { username: 'admin', password: testPassword });
    expect(res.status).toBe(200);
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).join(';');
    expect(cookie).toMatch(/keel_session=.*Secure/i);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(res.headers['strict-transport-security']).toBeDefined();
  });

  it('refuses half a TLS configuration, naming the variable', () => {
    expect(() => loadConfig({ KEEL_TLS_CERT: cert })).toThrow(/KEEL_TLS_KEY/);
    expect(() => loadConfig({ KEEL_TLS_CERT: '/nope.pem', KEEL_TLS_KEY: key })).toThrow(
      /KEEL_TLS_CERT.*does not exist/,
    );
  });
});
