import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { CreatedToken, SessionInfo } from '@keel/shared';
import { testApp, testPassword } from './test-app.js';

type App = Awaited<ReturnType<typeof testApp>>;

describe('who may do what', () => {
  let app: App;
  beforeAll(async () => {
    app = await testApp();
  });
  afterAll(async () => app.close());

  const login = async (username: string) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password: testPassword },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'keel_session')!;
    return { cookie: `keel_session=${cookie.value}`, csrf: res.json<SessionInfo>().csrfToken!, raw: cookie };
  };

  it('refuses every API route to someone not signed in, but not health', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/clusters' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/v1/health' })).statusCode).toBe(200);
    const res = await app.inject({ method: 'POST', url: '/api/v1/users', payload: {} });
    expect(res.statusCode).toBe(401);
    expect(res.json<{ message: string }>().message).toMatch(/Sign in/);
  });

  it('lets a viewer read but not change the inventory, users or credentials', async () => {
    const h = app.as.viewer;
    expect((await app.inject({ method: 'GET', url: '/api/v1/clusters', headers: h })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/v1/credentials', headers: h })).statusCode).toBe(
      200,
    );
    const post = await app.inject({
      method: 'POST',
      url: '/api/v1/clusters',
      headers: h,
      payload: { name: 'x', patroniUrl: 'http://127.0.0.1:59999' },
    });
    expect(post.statusCode).toBe(403);
    expect(post.json<{ message: string }>().message).toMatch(/needs the admin role; you are viewer/);
    expect((await app.inject({ method: 'GET', url: '/api/v1/users', headers: h })).statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/v1/audit', headers: h })).statusCode).toBe(403);
  });

  it('keeps users, credentials and the audit log from an operator', async () => {
    const h = app.as.operator;
    expect((await app.inject({ method: 'GET', url: '/api/v1/users', headers: h })).statusCode).toBe(403);
    const user = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: h,
      payload: { username: 'eve', password: 'x'.repeat(12), role: 'admin' },
    });
    expect(user.statusCode).toBe(403);
    const cred = await app.inject({
      method: 'POST',
      url: '/api/v1/credentials',
      headers: h,
      payload: { kind: 'database', name: 'd', username: 'u', password: 'p' },
    });
    expect(cred.statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/v1/audit', headers: h })).statusCode).toBe(403);
  });

  it('lets an admin manage users', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: app.as.admin,
      payload: { username: 'carol', password: 'a long enough pass', role: 'operator' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.body).not.toContain('a long enough pass');
    const short = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: app.as.admin,
      payload: { username: 'dave', password: 'short', role: 'viewer' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json<{ message: string }>().message).toMatch(/password/);
  });

  it('never lets a token exceed its creator, and refuses revoked and expired tokens', async () => {
    // Tokens are minted from a session (a token cannot mint tokens).
    const operatorSession = await login('operator');
    const operator = { cookie: operatorSession.cookie, 'x-csrf-token': operatorSession.csrf };
    const adminSession = await login('admin');
    const admin = { cookie: adminSession.cookie, 'x-csrf-token': adminSession.csrf };
    const tooHigh = await app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: operator,
      payload: { name: 'x', role: 'admin' },
    });
    expect(tooHigh.statusCode).toBe(403);
    expect(tooHigh.json<{ message: string }>().message).toMatch(
      /operator cannot create a token with the admin role/,
    );

    const made = await app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: operator,
      payload: { name: 'script', role: 'viewer' },
    });
    expect(made.statusCode).toBe(201);
    const token = made.json<CreatedToken>();
    const bearer = { authorization: `Bearer ${token.token}` };
    expect((await app.inject({ method: 'GET', url: '/api/v1/clusters', headers: bearer })).statusCode).toBe(
      200,
    );
    // A viewer token of an operator cannot operate
    expect(
      (
        await app.inject({
          method: 'POST',
          url: '/api/v1/tokens',
          headers: bearer,
          payload: { name: 'y', role: 'operator' },
        })
      ).statusCode,
    ).toBe(403);
    const listed = await app.inject({
      method: 'GET',
      url: `/api/v1/tokens/${token.id}`,
      headers: app.as.operator,
    });
    expect(listed.json<{ lastUsedAt: string | null }>().lastUsedAt).not.toBeNull();
    expect(listed.body).not.toContain(token.token);

    expect(
      (await app.inject({ method: 'DELETE', url: `/api/v1/tokens/${token.id}`, headers: app.as.operator }))
        .statusCode,
    ).toBe(204);
    const revoked = await app.inject({ method: 'GET', url: '/api/v1/clusters', headers: bearer });
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json<{ message: string }>().message).toMatch(/revoked/);

    const past = await app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: admin,
      payload: { name: 'old', role: 'viewer', expiresAt: '2001-01-01T00:00:00Z' },
    });
    expect(past.statusCode).toBe(400);
    const soon = await app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: admin,
      payload: { name: 'brief', role: 'viewer', expiresAt: new Date(Date.now() + 1500).toISOString() },
    });
    const brief = { authorization: `Bearer ${soon.json<CreatedToken>().token}` };
    expect((await app.inject({ method: 'GET', url: '/api/v1/clusters', headers: brief })).statusCode).toBe(
      200,
    );
    await new Promise((resolve) => setTimeout(resolve, 1600));
    const expired = await app.inject({ method: 'GET', url: '/api/v1/clusters', headers: brief });
    expect(expired.statusCode).toBe(401);
    expect(expired.json<{ message: string }>().message).toMatch(/expired/);
  });

  it('sets a hardened session cookie, requires the CSRF header for changes, and ends the session at logout', async () => {
    const session = await login('admin');
    expect(session.raw).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const read = await app.inject({
      method: 'GET',
      url: '/api/v1/users',
      headers: { cookie: session.cookie },
    });
    expect(read.statusCode).toBe(200);

    const payload = { username: 'frank', password: 'frank has a long pass', role: 'viewer' };
    const noCsrf = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: session.cookie },
      payload,
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json<{ code: string }>().code).toBe('CSRF_FAILED');
    const wrongCsrf = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: session.cookie, 'x-csrf-token': 'nope' },
      payload,
    });
    expect(wrongCsrf.statusCode).toBe(403);
    const crossSite = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: {
        cookie: session.cookie,
        'x-csrf-token': session.csrf,
        origin: 'https://evil.example',
        host: 'localhost:80',
      },
      payload,
    });
    expect(crossSite.statusCode).toBe(403);
    const ok = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
      payload,
    });
    expect(ok.statusCode).toBe(201);

    const out = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
    });
    expect(out.statusCode).toBe(204);
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/users', headers: { cookie: session.cookie } }))
        .statusCode,
    ).toBe(401);
  });

  it('rotates the session at login and lets an admin end anyone’s sessions', async () => {
    const first = await login('viewer');
    const second = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { cookie: first.cookie },
      payload: { username: 'viewer', password: testPassword },
    });
    const rotated = second.cookies.find((c) => c.name === 'keel_session')!.value;
    expect(`keel_session=${rotated}`).not.toBe(first.cookie);
    expect(
      (await app.inject({ method: 'GET', url: '/api/v1/clusters', headers: { cookie: first.cookie } }))
        .statusCode,
    ).toBe(401);

    const users = await app.inject({ method: 'GET', url: '/api/v1/users', headers: app.as.admin });
    const viewer = users
      .json<{ users: { id: string; username: string }[] }>()
      .users.find((u) => u.username === 'viewer')!;
    const ended = await app.inject({
      method: 'POST',
      url: `/api/v1/users/${viewer.id}/sessions/end`,
      headers: app.as.admin,
    });
    expect(ended.json()).toEqual({ ended: 1 });
    expect(
      (
        await app.inject({
          method: 'GET',
          url: '/api/v1/clusters',
          headers: { cookie: `keel_session=${rotated}` },
        })
      ).statusCode,
    ).toBe(401);
  });

  it('refuses a cross-origin WebSocket and one without a session, and accepts a signed-in one', async () => {
    const base = (await app.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws');
    const attempt = (headers: Record<string, string>) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(`${base}/api/v1/events`, { headers });
        ws.on('open', () => {
          ws.close();
          resolve(101);
        });
        ws.on('unexpected-response', (req, res) => {
          req.destroy();
          resolve(res.statusCode ?? 0);
        });
        ws.on('error', () => resolve(-1));
      });
    const session = await login('viewer');
    expect(await attempt({})).toBe(401);
    expect(await attempt({ cookie: session.cookie, origin: 'https://evil.example' })).toBe(403);
    expect(await attempt({ cookie: session.cookie, origin: base.replace('ws', 'http') })).toBe(101);
    expect(await attempt(app.as.viewer)).toBe(101);
  });

  it('records changes, refusals and logins in the audit log, without secrets', async () => {
    await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'admin', password: 'wrong-password!' },
    });
    const res = await app.inject({ method: 'GET', url: '/api/v1/audit?limit=1000', headers: app.as.admin });
    const events = res.json<{
      events: { action: string; outcome: string; actor: string; params: unknown }[];
    }>().events;
    expect(
      events.some((e) => e.action === 'auth.login' && e.outcome === 'failure' && e.actor === 'admin'),
    ).toBe(true);
    expect(events.some((e) => e.action === 'auth.login' && e.outcome === 'success')).toBe(true);
    expect(
      events.some(
        (e) => e.action === 'POST /api/v1/users' && e.outcome === 'denied' && e.actor === 'operator',
      ),
    ).toBe(true);
    expect(events.some((e) => e.action === 'POST /api/v1/users' && e.outcome === 'success')).toBe(true);
    expect(JSON.stringify(events)).not.toContain('frank has a long pass');
    expect(JSON.stringify(events)).not.toContain('wrong-password!');

    const filtered = await app.inject({
      method: 'GET',
      url: '/api/v1/audit?outcome=denied&actor=viewer',
      headers: app.as.admin,
    });
    expect(
      filtered
        .json<{ events: { outcome: string; actor: string }[] }>()
        .events.every((e) => e.outcome === 'denied' && e.actor === 'viewer'),
    ).toBe(true);
    const exported = await app.inject({ method: 'GET', url: '/api/v1/audit/export', headers: app.as.admin });
    expect(exported.headers['content-disposition']).toMatch(/attachment/);
    expect(Array.isArray(exported.json())).toBe(true);
  });

  it('keeps the audit log append-only', async () => {
    const before = await app.db.auditEvent.count();
    expect(before).toBeGreaterThan(0);
    const refusal = (error: unknown): string =>
      JSON.stringify((error as { meta?: unknown }).meta ?? String(error));
    expect(refusal(await app.db.auditEvent.deleteMany({}).catch((e: unknown) => e))).toMatch(/append-only/);
    expect(
      refusal(await app.db.auditEvent.updateMany({ data: { actor: 'nobody' } }).catch((e: unknown) => e)),
    ).toMatch(/append-only/);
    expect(await app.db.auditEvent.count()).toBe(before);
  });

  it('sends security headers', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  });
});
