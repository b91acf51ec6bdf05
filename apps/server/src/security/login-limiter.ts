/**
 * Slows and then refuses repeated failed logins, in memory.
 * - Per address: after `slowAfter` failures each answer is delayed (growing, capped); after `refuseAfter`
 *   the address is refused outright until the window passes.
 * - Per account: failures from anywhere slow the account down but never lock it, so an attacker cannot
 *   lock the real user out; the real user from another address still gets in.
 */
export interface LimiterPolicy {
  windowMs: number;
  slowAfter: number;
  refuseAfter: number;
  stepMs: number;
  maxDelayMs: number;
}

export const defaultLimiterPolicy: LimiterPolicy = {
  windowMs: 15 * 60_000,
  slowAfter: 5,
  refuseAfter: 20,
  stepMs: 100,
  maxDelayMs: 1_000,
};

interface Counter {
  failures: number;
  windowStart: number;
}

export type LimiterVerdict =
  { refused: true; retryAfterSeconds: number } | { refused: false; delayMs: number };

export class LoginLimiter {
  private readonly byAddress = new Map<string, Counter>();
  private readonly byAccount = new Map<string, Counter>();

  constructor(
    private readonly policy: LimiterPolicy = defaultLimiterPolicy,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Before checking a password: refuse, or say how long to wait first. */
  check(address: string, account: string): LimiterVerdict {
    const now = this.clock();
    const addr = this.current(this.byAddress, address, now);
    if (addr.failures >= this.policy.refuseAfter) {
      return {
        refused: true,
        retryAfterSeconds: Math.ceil((addr.windowStart + this.policy.windowMs - now) / 1000),
      };
    }
    const worst = Math.max(addr.failures, this.current(this.byAccount, account.toLowerCase(), now).failures);
    const over = worst - this.policy.slowAfter + 1;
    return {
      refused: false,
      delayMs: over > 0 ? Math.min(over * this.policy.stepMs, this.policy.maxDelayMs) : 0,
    };
  }

  failed(address: string, account: string): void {
    const now = this.clock();
    this.current(this.byAddress, address, now).failures += 1;
    this.current(this.byAccount, account.toLowerCase(), now).failures += 1;
  }

  /** A success clears the address's count (the account's stays: others may still be guessing). */
  succeeded(address: string): void {
    this.byAddress.delete(address);
  }

  private current(map: Map<string, Counter>, key: string, now: number): Counter {
    let counter = map.get(key);
    if (!counter || now - counter.windowStart > this.policy.windowMs) {
      counter = { failures: 0, windowStart: now };
      map.set(key, counter);
      if (map.size > 100_000) map.delete(map.keys().next().value!); // bound memory under a spray of addresses
    }
    return counter;
  }
}
