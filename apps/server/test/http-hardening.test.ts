import { readdirSync, statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionInfo } from '@keel/shared';
import { testApp, testPassword } from './test-app.js';

type App = Awaited<ReturnType<typeof testApp>>;

/** Issue 9 item 11: caching of secrets, headers on every answer, the database file's mode, the Origin's scheme. */
describe('HTTP hardening', () => {
  let app: App;
  let base: string;
  beforeAll(async () => {
    app = await testApp();
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => app.close());

  it('forbids caching answers that carry secrets or the CSRF token', async () => {
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'admin', password: testPassword },
    });
    expect(login.headers['cache-control']).toBe('no-store');
    const cookie = `keel_session=${login.cookies.find((c) => c.name === 'keel_session')!.value}`;
    const csrf = login.json<SessionInfo>().csrfToken!;
    const session = await app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { cookie } });
    expect(session.headers['cache-control']).toBe('no-store');
    const token = await app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { cookie, 'x-csrf-token': csrf },
      payload: { name: 'cached?', role: 'viewer' },
    });
    expect(token.statusCode).toBe(201);
    expect(token.headers['cache-control']).toBe('no-store');
    const clusters = await app.inject({ method: 'GET', url: '/api/v1/clusters', headers: app.as.viewer });
    expect(clusters.headers['cache-control']).toBe('no-store');
  });

  it('sends the security headers on the 400 for a malformed URL', async () => {
    const answer = await new Promise<{ status: number; headers: Record<string, unknown> }>(
      (resolve, reject) => {
        const url = new URL(base);
        const req = httpRequest(
          { host: url.hostname, port: url.port, path: '/api/v1/clusters/%E0%A4%A', method: 'GET' },
          (res) => {
            res.resume();
            resolve({ status: res.statusCode ?? 0, headers: res.headers });
          },
        );
        req.on('error', reject);
        req.end();
      },
    );
    expect(answer.status).toBe(400);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['x-frame-options']).toBe('DENY');
    expect(String(answer.headers['content-security-policy'])).toMatch(/frame-ancestors 'none'/);
    expect(answer.headers['cache-control']).toBe('no-store');
  });

  it('keeps the database file readable by its owner only', () => {
    const files = readdirSync(app.dataDir).filter((f) => f.startsWith('keel.db'));
    expect(files).toContain('keel.db');
    for (const f of files) expect((statSync(path.join(app.dataDir, f)).mode & 0o777).toString(8)).toBe('600');
  });

  it('refuses a change whose Origin has the right host but another scheme', async () => {
    const payload = { name: 'x', role: 'viewer' };
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'viewer', password: testPassword },
    });
    const cookie = `keel_session=${login.cookies.find((c) => c.name === 'keel_session')!.value}`;
    const headers = {
      cookie,
      'x-csrf-token': login.json<SessionInfo>().csrfToken!,
      host: 'keel.example:8080',
    };
    const wrongScheme = await app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { ...headers, origin: 'https://keel.example:8080' },
      payload,
    });
    expect(wrongScheme.statusCode).toBe(403);
    const same = await app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { ...headers, origin: 'http://keel.example:8080' },
      payload,
    });
    expect(same.statusCode).toBe(201);
  });
});
