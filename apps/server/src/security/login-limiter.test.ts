import { describe, expect, it } from 'vitest';
import { LoginLimiter } from './login-limiter.js';

describe('LoginLimiter', () => {
  const policy = { windowMs: 60_000, slowAfter: 3, refuseAfter: 6, stepMs: 100, maxDelayMs: 250 };

  it('slows an address, then refuses it until the window passes', () => {
    let now = 0;
    const limiter = new LoginLimiter(policy, () => now);
    const delays: number[] = [];
    for (let i = 0; i < 6; i++) {
      const verdict = limiter.begin('1.2.3.4', 'admin');
      delays.push(verdict.refused ? -1 : verdict.delayMs);
    }
    expect(delays).toEqual([0, 0, 0, 100, 200, 250]);
    expect(limiter.begin('1.2.3.4', 'admin')).toMatchObject({ refused: true, retryAfterSeconds: 60 });
    now = 61_000;
    expect(limiter.begin('1.2.3.4', 'admin')).toEqual({ refused: false, delayMs: 0 });
  });

  it('slows but never refuses the account for another address', () => {
    const limiter = new LoginLimiter(policy, () => 0);
    for (let i = 0; i < 50; i++) limiter.begin('6.6.6.6', 'admin');
    expect(limiter.begin('6.6.6.6', 'admin').refused).toBe(true);
    expect(limiter.begin('10.0.0.1', 'admin')).toEqual({ refused: false, delayMs: 250 });
  });

  it('takes back on success only what was counted for the same account', () => {
    const limiter = new LoginLimiter(policy, () => 0);
    for (let i = 0; i < 4; i++) limiter.begin('1.1.1.1', 'admin');
    limiter.begin('1.1.1.1', 'mallory');
    limiter.succeeded('1.1.1.1', 'mallory');
    // Four guesses at admin stay: two more and the address is refused.
    limiter.begin('1.1.1.1', 'admin');
    limiter.begin('1.1.1.1', 'admin');
    expect(limiter.begin('1.1.1.1', 'admin').refused).toBe(true);

    limiter.begin('2.2.2.2', 'carol');
    limiter.begin('2.2.2.2', 'carol');
    limiter.succeeded('2.2.2.2', 'Carol');
    expect(limiter.begin('2.2.2.2', 'carol')).toEqual({ refused: false, delayMs: 0 });
  });
});
