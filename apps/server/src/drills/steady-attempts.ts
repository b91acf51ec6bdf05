import type pg from 'pg';

/**
 * Attempts at a steady rate, each on an idle connection or a new one, whether or not earlier attempts
 * have answered: an attempt stuck on a dead server (until its timeout) never delays the next, so the
 * moment service comes back is seen within one interval, not one timeout.
 */
export class SteadyAttempts {
  private readonly idle: pg.Client[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | null = null;
  /** Why the last attempt failed. */
  lastError: string | null = null;

  constructor(
    private readonly connect: () => pg.Client,
    private readonly attempt: (client: pg.Client, n: number, startedMs: number) => Promise<void>,
    private readonly intervalMs: number,
    /** Attempts allowed in flight at once (a dead server holds each until its timeout). */
    private readonly maxInFlight = 50,
  ) {}

  start(): void {
    let n = 0;
    this.timer = setInterval(() => {
      if (this.inFlight.size >= this.maxInFlight) return;
      n += 1;
      const run = this.once(n).finally(() => this.inFlight.delete(run));
      this.inFlight.add(run);
    }, this.intervalMs);
  }

  /** Waits for the attempts in flight (each ends by its timeout), then closes the idle connections. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await Promise.all(this.inFlight);
    for (const client of this.idle.splice(0)) drop(client);
  }

  private async once(n: number): Promise<void> {
    const started = Date.now();
    let client = this.idle.pop();
    try {
      if (!client) {
        client = this.connect();
        await client.connect();
      }
      await this.attempt(client, n, started);
      this.idle.push(client);
    } catch (error) {
      this.lastError = error instanceof Error ? error.message : String(error);
      if (client) drop(client);
    }
  }
}

/**
 * Closes a connection without waiting for the server: a frozen server never answers the goodbye, and
 * waiting for it would hold the drill until the server wakes.
 */
function drop(client: pg.Client): void {
  void client.end().catch(() => undefined);
  setTimeout(
    () =>
      (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy(),
    1_000,
  ).unref();
}
