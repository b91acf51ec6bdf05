import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { FeedCloseCode, type CreatedToken, type SessionInfo, type User } from '@keel/shared';
import { testApp, testPassword } from './test-app.js';

type App = Awaited<ReturnType<typeof testApp>>;

/** Issue 9 item 5: an open feed closes, saying why, within seconds of its principal losing access. */
describe('the live feed follows access', { timeout: 30_000 }, () => {
  let app: App;
  let base: string;
  beforeAll(async () => {
    app = await testApp();
    base = (await app.listen({ port: 0, host: '127.0.0.1' })).replace('http', 'ws');
  });
  afterAll(async () => app.close());

  let n = 0;
  const newUser = async () => {
    const user = await app.security.users.create({
      username: `feed${++n}`,
      password: testPassword,
      role: 'viewer',
      mustChangePassword: false,
    });
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: user.username, password: testPassword },
    });
    const cookie = `keel_session=${res.cookies.find((c) => c.name === 'keel_session')!.value}`;
    const session = { cookie, 'x-csrf-token': res.json<SessionInfo>().csrfToken! };
    return { user, session };
  };
  const mint = async (session: Record<string, string>, expiresAt?: string) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: session,
      payload: { name: `feed token ${++n}`, role: 'viewer', ...(expiresAt && { expiresAt }) },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<CreatedToken>();
  };
  /** Opens the feed, runs `lose`, and answers the close code, reason and how long after `lose` it came. */
  const closeAfter = async (headers: Record<string, string>, lose: () => Promise<unknown>) => {
    const ws = new WebSocket(`${base}/api/v1/events`, { headers });
    const closed = new Promise<{ code: number; reason: string; at: number }>((resolve) =>
      ws.on('close', (code, reason) => resolve({ code, reason: reason.toString(), at: Date.now() })),
    );
    await new Promise((resolve, reject) => {
      ws.once('message', resolve);
      ws.once('error', reject);
    });
    const started = Date.now();
    await lose();
    const result = await Promise.race([
      closed,
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 8_000)),
    ]);
    ws.terminate();
    expect(result, 'the feed stayed open').not.toBeNull();
    return { code: result!.code, reason: result!.reason, ms: result!.at - started };
  };
  const report = (what: string, r: { code: number; reason: string; ms: number }) => {
    console.log(`${what}: closed ${r.code} "${r.reason}" after ${r.ms} ms`);
    expect(r.ms).toBeLessThan(5_000);
  };

  it('keeps feeds open while access holds', async () => {
    const { session } = await newUser();
    const token = await mint(session);
    const open = (headers: Record<string, string>) => {
      const ws = new WebSocket(`${base}/api/v1/events`, { headers });
      const state = { closed: false };
      ws.on('close', () => (state.closed = true));
      return { ws, state };
    };
    const feeds = [
      open({ cookie: session.cookie }),
      open({ authorization: `Bearer ${token.token}` }),
      open(app.as.viewer),
    ];
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect(feeds.map((f) => f.state.closed)).toEqual([false, false, false]);
    for (const f of feeds) f.ws.terminate();
  });

  it('closes at logout', async () => {
    const { session } = await newUser();
    const r = await closeAfter({ cookie: session.cookie }, () =>
      app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: session }),
    );
    report('logout', r);
    expect(r.code).toBe(FeedCloseCode.sessionEnded);
  });

  it('closes when an admin ends the sessions', async () => {
    const { user, session } = await newUser();
    const r = await closeAfter({ cookie: session.cookie }, () =>
      app.inject({ method: 'POST', url: `/api/v1/users/${user.id}/sessions/end`, headers: app.as.admin }),
    );
    report('sessions ended by an admin', r);
    expect(r.code).toBe(FeedCloseCode.sessionEnded);
  });

  it('closes session and token feeds when the account is disabled', async () => {
    const { user, session } = await newUser();
    const token = await mint(session);
    const disable = (u: User) =>
      app.inject({
        method: 'PATCH',
        url: `/api/v1/users/${u.id}`,
        headers: app.as.admin,
        payload: { disabled: true },
      });
    const viaToken = closeAfter({ authorization: `Bearer ${token.token}` }, () => disable(user));
    const r = await viaToken;
    report('account disabled (token feed)', r);
    expect(r.code).toBe(FeedCloseCode.accountDisabled);
  });

  it('closes when the token is revoked, and when it expires', async () => {
    const { session } = await newUser();
    const token = await mint(session);
    const revoked = await closeAfter({ authorization: `Bearer ${token.token}` }, () =>
      app.inject({ method: 'DELETE', url: `/api/v1/tokens/${token.id}`, headers: session }),
    );
    report('token revoked', revoked);
    expect(revoked.code).toBe(FeedCloseCode.tokenRevoked);

    const brief = await mint(session, new Date(Date.now() + 1_500).toISOString());
    const expired = await closeAfter({ authorization: `Bearer ${brief.token}` }, async () => undefined);
    report('token expired (1.5 s token)', expired);
    expect(expired.code).toBe(FeedCloseCode.tokenExpired);
  });

  it('closes when the password changes', async () => {
    const { session } = await newUser();
    const r = await closeAfter({ cookie: session.cookie }, () =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/password',
        headers: session,
        payload: { currentPassword: testPassword, newPassword: 'a brand new long password' },
      }),
    );
    report('password changed', r);
    expect(r.code).toBe(FeedCloseCode.sessionEnded);
  });
});
