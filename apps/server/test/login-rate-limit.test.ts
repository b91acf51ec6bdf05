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
});
