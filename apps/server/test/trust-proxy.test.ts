import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, testPassword } from './test-app.js';

type App = Awaited<ReturnType<typeof testApp>>;

/** What a TLS-terminating proxy in front of Keel sends, for a browser at 203.0.113.9 on https://keel.example. */
const forwarded = {
  'x-forwarded-for': '203.0.113.9',
  'x-forwarded-proto': 'https',
  'x-forwarded-host': 'keel.example',
  host: 'keel.example',
};

const login = (
  app: App,
  headers: Record<string, string>,
  password = testPassword,
  remoteAddress = '127.0.0.1',
) =>
  app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress,
    headers,
    payload: { username: 'admin', password },
  });

const lastLoginAddress = async (app: App) =>
  (await app.db.auditEvent.findFirst({ where: { action: 'auth.login' }, orderBy: { id: 'desc' } }))?.ip;

describe('behind a trusted reverse proxy (KEEL_TRUST_PROXY)', () => {
  let app: App;
  beforeAll(async () => {
    app = await testApp({ KEEL_TRUST_PROXY: '127.0.0.1, 10.0.0.0/8' });
  });
  afterAll(async () => app.close());

  it('takes the client address, scheme and host from the proxy: Secure cookie, HSTS, audit, Origin', async () => {
    const res = await login(app, { ...forwarded, origin: 'https://keel.example' });
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['set-cookie'])).toMatch(/;\s*Secure/i);
    expect(res.headers['strict-transport-security']).toMatch(/max-age=/);
    expect(await lastLoginAddress(app)).toBe('203.0.113.9');

    // The page the browser shows is https://keel.example: an http origin is not ours.
    const crossScheme = await login(app, { ...forwarded, origin: 'http://keel.example' });
    expect(crossScheme.statusCode).toBe(403);
  });

  it('takes the nearest untrusted address: a client cannot prepend its own X-Forwarded-For', async () => {
    // nginx's $proxy_add_x_forwarded_for appends the real peer to whatever the client sent.
    const res = await login(app, { ...forwarded, 'x-forwarded-for': '192.0.2.1, 203.0.113.9' });
    expect(res.statusCode).toBe(200);
    expect(await lastLoginAddress(app)).toBe('203.0.113.9');
  });

  it('trusts a proxy anywhere in a listed CIDR range', async () => {
    const res = await login(app, forwarded, testPassword, '10.1.2.3');
    expect(res.statusCode).toBe(200);
    expect(await lastLoginAddress(app)).toBe('203.0.113.9');
  });

  it('ignores forwarded headers from an address not listed', async () => {
    const res = await login(app, forwarded, testPassword, '192.0.2.50');
    expect(String(res.headers['set-cookie'])).not.toMatch(/Secure/i);
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(await lastLoginAddress(app)).toBe('192.0.2.50');
  });

  it('limits failed logins per client behind the proxy, not per proxy', async () => {
    const attacker = { ...forwarded, 'x-forwarded-for': '203.0.113.66' };
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await login(app, attacker, `guess-${i}`)).statusCode);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses[20]).toBe(429);
    // Another client through the same proxy still gets in.
    const other = await login(app, { ...forwarded, 'x-forwarded-for': '198.51.100.2' });
    expect(other.statusCode).toBe(200);
  }, 60_000);
});

describe('without KEEL_TRUST_PROXY', () => {
  let app: App;
  beforeAll(async () => {
    app = await testApp();
  });
  afterAll(async () => app.close());

  it('ignores X-Forwarded-For/-Proto/-Host: the socket decides address, scheme and host', async () => {
    const res = await login(app, { ...forwarded, host: 'localhost' });
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['set-cookie'])).not.toMatch(/Secure/i);
    expect(res.headers['strict-transport-security']).toBeUndefined();
    expect(await lastLoginAddress(app)).toBe('127.0.0.1');
  });

  it('refuses an https Origin over plain HTTP, whatever X-Forwarded-Proto claims', async () => {
    const res = await login(app, { ...forwarded, origin: 'https://keel.example' });
    expect(res.statusCode).toBe(403);
    const plain = await login(app, { host: 'keel.example', origin: 'http://keel.example' });
    expect(plain.statusCode).toBe(200);
  });
});
