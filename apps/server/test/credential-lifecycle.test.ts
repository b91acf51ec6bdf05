import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedToken, SessionInfo, User } from '@keel/shared';
import { testApp, testPassword } from './test-app.js';

type App = Awaited<ReturnType<typeof testApp>>;

/** Issue 9 items 3, 4, 6 and 10: what ends sessions and tokens, one-time passwords, names that differ by case. */
describe('sessions and tokens end when the password changes', () => {
  let app: App;
  beforeAll(async () => {
    app = await testApp();
  });
  afterAll(async () => app.close());

  const login = async (username: string, password = testPassword) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
    });
    expect(res.statusCode, res.body).toBe(200);
    const cookie = `keel_session=${res.cookies.find((c) => c.name === 'keel_session')!.value}`;
    return { cookie, csrf: res.json<SessionInfo>().csrfToken!, info: res.json<SessionInfo>() };
  };
  const status = async (headers: Record<string, string>, url = '/api/v1/auth/session') =>
    (await app.inject({ method: 'GET', url, headers })).statusCode;
  const createUser = async (body: object) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: app.as.admin,
      payload: body,
    });
    return res;
  };
  const mintToken = async (session: { cookie: string; csrf: string }, role = 'viewer') => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrf },
      payload: { name: `t-${Math.random()}`, role },
    });
    expect(res.statusCode, res.body).toBe(201);
    return { authorization: `Bearer ${res.json<CreatedToken>().token}` };
  };

  it('ends every other session, rotates the current one and revokes the tokens when you change your password', async () => {
    const made = await createUser({
      username: 'dana',
      password: testPassword,
      role: 'operator',
      mustChangePassword: false,
    });
    expect(made.statusCode).toBe(201);
    const other = await login('dana');
    const current = await login('dana');
    const token = await mintToken(current);
    expect(await status({ cookie: other.cookie })).toBe(200);
    expect(await status(token, '/api/v1/clusters')).toBe(200);

    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie: current.cookie, 'x-csrf-token': current.csrf },
      payload: { currentPassword: testPassword, newPassword: 'dana has a new long password' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const rotated = `keel_session=${res.cookies.find((c) => c.name === 'keel_session')!.value}`;
    expect(rotated).not.toBe(current.cookie);
    const info = res.json<SessionInfo>();
    expect(info.csrfToken).not.toBe(current.csrf);

    expect(await status({ cookie: other.cookie })).toBe(401);
    expect(await status({ cookie: current.cookie })).toBe(401);
    const refused = await app.inject({ method: 'GET', url: '/api/v1/clusters', headers: token });
    expect(refused.statusCode).toBe(401);
    expect(refused.json<{ message: string }>().message).toMatch(/revoked/);
    expect(await status({ cookie: rotated })).toBe(200);
  });

  it('never turns a session opened with a one-time password into a full one', async () => {
    const made = await createUser({ username: 'erin', password: 'one-time password 1', role: 'admin' });
    expect(made.json<User>().mustChangePassword).toBe(true);
    const intruder = await login('erin', 'one-time password 1');
    const owner = await login('erin', 'one-time password 1');
    expect(intruder.info.user.mustChangePassword).toBe(true);
    expect(await status({ cookie: intruder.cookie }, '/api/v1/users')).toBe(403);

    const changed = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie: owner.cookie, 'x-csrf-token': owner.csrf },
      payload: { currentPassword: 'one-time password 1', newPassword: 'erin chose this password' },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json<SessionInfo>().user.mustChangePassword).toBe(false);
    // The intruder's session is over, not promoted.
    expect(await status({ cookie: intruder.cookie }, '/api/v1/users')).toBe(401);
    const mint = await app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: { cookie: intruder.cookie, 'x-csrf-token': intruder.csrf },
      payload: { name: 'x', role: 'admin' },
    });
    expect(mint.statusCode).toBe(401);
  });

  it('makes the passwords an admin sets one-time, and a reset ends the sessions and tokens', async () => {
    expect(
      (await createUser({ username: 'fay', password: testPassword, role: 'viewer' })).json<User>(),
    ).toMatchObject({
      mustChangePassword: true,
    });
    expect(
      (
        await createUser({
          username: 'gus',
          password: testPassword,
          role: 'viewer',
          mustChangePassword: true,
        })
      ).json<User>().mustChangePassword,
    ).toBe(true);
    const hal = (
      await createUser({
        username: 'hal',
        password: testPassword,
        role: 'operator',
        mustChangePassword: false,
      })
    ).json<User>();
    expect(hal.mustChangePassword).toBe(false);
    const session = await login('hal');
    const token = await mintToken(session, 'operator');

    const reset = await app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${hal.id}`,
      headers: app.as.admin,
      payload: { password: 'a password the admin set' },
    });
    expect(reset.statusCode).toBe(200);
    expect(reset.json<User>().mustChangePassword).toBe(true);
    expect(await status({ cookie: session.cookie })).toBe(401);
    const refused = await app.inject({ method: 'GET', url: '/api/v1/clusters', headers: token });
    expect(refused.statusCode).toBe(401);
    const again = await login('hal', 'a password the admin set');
    expect(again.info.user.mustChangePassword).toBe(true);
  });

  it('refuses tokens minted by tokens, and password changes made with a token', async () => {
    const mint = await app.inject({
      method: 'POST',
      url: '/api/v1/tokens',
      headers: app.as.admin,
      payload: { name: 'child', role: 'viewer' },
    });
    expect(mint.statusCode).toBe(403);
    expect(mint.json<{ message: string }>().message).toMatch(/signed-in session/);
    const change = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: app.as.viewer,
      payload: { currentPassword: testPassword, newPassword: 'x'.repeat(20) },
    });
    expect(change.statusCode).toBe(403);
  });

  it('keeps usernames unique whatever their case, and signs in whatever the case typed', async () => {
    const clash = await createUser({ username: 'Admin', password: testPassword, role: 'admin' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json<{ message: string }>().message).toMatch(/"admin"/);
    const session = await login('VIEWER');
    expect(session.info.user.username).toBe('viewer');
  });
});
