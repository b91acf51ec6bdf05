import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, testPassword } from './test-app.js';

type App = Awaited<ReturnType<typeof testApp>>;

describe('login rate limiting', () => {
  let app: App;
  beforeAll(async () => {
    app = await testApp();
  });
  afterAll(async () => app.close());

  it('slows and then refuses a burst of wrong passwords from one address, while the real user gets in from another', async () => {
    const attacker = '203.0.113.7';
    const outcomes: { status: number; ms: number }[] = [];
    for (let i = 0; i < 200; i++) {
      const started = performance.now();
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: attacker,
        payload: { username: 'admin', password: `guess-${i}` },
      });
      outcomes.push({ status: res.statusCode, ms: performance.now() - started });
    }
    const statuses = outcomes.map((o) => o.status);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20).every((s) => s === 429)).toBe(true);
    // Slowed: the later wrong answers take clearly longer than the first ones.
    const early = outcomes.slice(0, 4).reduce((a, o) => a + o.ms, 0) / 4;
    const late = outcomes.slice(15, 20).reduce((a, o) => a + o.ms, 0) / 5;
    expect(late).toBeGreaterThan(early + 500);

    const refused = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: attacker,
      payload: { username: 'admin', password: testPassword },
    });
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBeDefined();
    expect(refused.json<{ message: string }>().message).toMatch(/Too many failed logins/);

    const realUser = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: '198.51.100.2',
      payload: { username: 'admin', password: testPassword },
    });
    expect(realUser.statusCode).toBe(200);
  }, 60_000);

  const attempt = (address: string, username: string, password: string) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: address,
      payload: { username, password },
    });

  it('does not forget an address’s failures when it signs in to another account', async () => {
    const address = '203.0.113.20';
    for (let i = 0; i < 15; i++) expect((await attempt(address, 'admin', `guess-${i}`)).statusCode).toBe(401);
    // The attacker's own account, from the same address.
    expect((await attempt(address, 'viewer', testPassword)).statusCode).toBe(200);
    const after: number[] = [];
    for (let i = 0; i < 20; i++) after.push((await attempt(address, 'admin', `more-${i}`)).statusCode);
    const wrongChecked = 15 + after.filter((s) => s === 401).length;
    console.log(`wrong passwords checked before 429, around a success for another account: ${wrongChecked}`);
    expect(wrongChecked).toBe(20);
    expect(after.slice(5).every((s) => s === 429)).toBe(true);
  }, 60_000);

  it('checks and counts a parallel burst atomically', async () => {
    const address = '203.0.113.21';
    const statuses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        attempt(address, 'admin', `burst-${i}`).then((r) => r.statusCode),
      ),
    );
    const checked = statuses.filter((s) => s === 401).length;
    console.log(
      `parallel burst of 100: ${checked} checked (401), ${statuses.filter((s) => s === 429).length} refused (429)`,
    );
    expect(checked).toBe(20);
    expect(statuses.filter((s) => s === 429)).toHaveLength(80);
  }, 60_000);
});
