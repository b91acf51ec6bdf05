/**
 * Slows and then refuses repeated failed logins, in memory.
 * - Per address: after `slowAfter` failures each answer is delayed (growing, capped); after `refuseAfter`
 *   the address is refused outright until the window passes.
 * - Per account: failures from anywhere slow the account down but never lock it, so an attacker cannot
 *   lock the real user out; the real user from another address still gets in.
 *
 * `begin` checks and counts in one step (before the password is even looked at), so a parallel burst
 * cannot slip past the check; a success then takes back only what was counted for that same account, so
 * signing in to one's own account does not wipe the guesses made at someone else's.
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
  /** For an address: how many of its failures were for each account. */
  byAccount: Map<string, number>;
}

export type LimiterVerdict =
  { refused: true; retryAfterSeconds: number } | { refused: false; delayMs: number };

const maxTracked = 100_000;

export class LoginLimiter {
  private readonly byAddress = new Map<string, Counter>();
  private readonly byAccount = new Map<string, Counter>();

  constructor(
    private readonly policy: LimiterPolicy = defaultLimiterPolicy,
    private readonly clock: () => number = Date.now,
  ) {}

  /**
   * Before checking a password: refuse, or count the attempt as a failure now and say how long to wait.
   * Call `succeeded` if the password turns out right.
   */
  begin(address: string, account: string): LimiterVerdict {
    const now = this.clock();
    const name = account.toLowerCase();
    const addr = this.current(this.byAddress, address, now);
    if (addr.failures >= this.policy.refuseAfter) {
      return {
        refused: true,
        retryAfterSeconds: Math.ceil((addr.windowStart + this.policy.windowMs - now) / 1000),
      };
    }
    const acct = this.current(this.byAccount, name, now);
    const worst = Math.max(addr.failures, acct.failures);
    addr.failures += 1;
    addr.byAccount.set(name, (addr.byAccount.get(name) ?? 0) + 1);
    acct.failures += 1;
    const over = worst - this.policy.slowAfter + 1;
    return {
      refused: false,
      delayMs: over > 0 ? Math.min(over * this.policy.stepMs, this.policy.maxDelayMs) : 0,
    };
  }

  /** The password was right: this address's failures for this account were the user's own typing. */
  succeeded(address: string, account: string): void {
    const name = account.toLowerCase();
    const addr = this.byAddress.get(address);
    const own = addr?.byAccount.get(name) ?? 0;
    if (addr) {
      addr.failures = Math.max(0, addr.failures - own);
      addr.byAccount.delete(name);
    }
    const acct = this.byAccount.get(name);
    // The account's count keeps what came from other addresses: others may still be guessing.
    if (acct) acct.failures = Math.max(0, acct.failures - own);
  }

  private current(map: Map<string, Counter>, key: string, now: number): Counter {
    let counter = map.get(key);
    if (!counter || now - counter.windowStart > this.policy.windowMs) {
      counter = { failures: 0, windowStart: now, byAccount: new Map() };
      map.set(key, counter);
      if (map.size > maxTracked) map.delete(map.keys().next().value!); // bound memory under a spray of addresses
    }
    return counter;
  }
}
