/**
 * Anonymous refusals cost nothing to send, so each address gets a few rows a minute and the rest are
 * counted: when its minute is over, one summary row says how many more there were. A spray from many
 * addresses is capped as a whole the same way.
 */
export interface ThrottlePolicy {
  windowMs: number;
  perAddress: number;
  overall: number;
  /** Addresses tracked at once; beyond this, new addresses share the overall budget only. */
  maxAddresses: number;
}

export const defaultThrottlePolicy: ThrottlePolicy = {
  windowMs: 60_000,
  perAddress: 10,
  overall: 100,
  maxAddresses: 10_000,
};

interface Bucket {
  windowStart: number;
  written: number;
  suppressed: number;
  lastAction: string;
  last: number;
}

export interface Suppressed {
  ip: string | null;
  count: number;
  from: Date;
  until: Date;
  lastAction: string;
}

const everyone = '*';

export class AnonymousThrottle {
  private readonly buckets = new Map<string, Bucket>();
  /** Windows that ended with refusals counted, waiting for `drain`. */
  private pending: Suppressed[] = [];

  constructor(private readonly policy: ThrottlePolicy = defaultThrottlePolicy) {}

  /** Whether this refusal gets its own row; if not, it is counted for a summary. */
  admit(ip: string, action: string, now: number): boolean {
    const overall = this.bucket(everyone, now);
    const own =
      this.buckets.has(ip) || this.buckets.size < this.policy.maxAddresses ? this.bucket(ip, now) : null;
    const admitted =
      overall.written < this.policy.overall && (own === null || own.written < this.policy.perAddress);
    const counted = own ?? overall;
    if (admitted) {
      overall.written += 1;
      if (own) own.written += 1;
    } else {
      counted.suppressed += 1;
      counted.lastAction = action;
      counted.last = now;
    }
    return admitted;
  }

  /** Summaries of the windows that are over (all of them with `all`), forgetting them. */
  drain(now: number, all = false): Suppressed[] {
    for (const [key, b] of this.buckets)
      if (all || now - b.windowStart >= this.policy.windowMs) this.close(key, b);
    const out = this.pending;
    this.pending = [];
    return out;
  }

  private close(key: string, b: Bucket): void {
    this.buckets.delete(key);
    if (b.suppressed === 0) return;
    this.pending.push({
      ip: key === everyone ? null : key,
      count: b.suppressed,
      from: new Date(b.windowStart),
      until: new Date(b.last),
      lastAction: b.lastAction,
    });
  }

  private bucket(key: string, now: number): Bucket {
    let b = this.buckets.get(key);
    if (b && now - b.windowStart >= this.policy.windowMs) this.close(key, b);
    b = this.buckets.get(key);
    if (!b) {
      b = { windowStart: now, written: 0, suppressed: 0, lastAction: '', last: now };
      this.buckets.set(key, b);
    }
    return b;
  }
}
