// A writer that inserts numbered rows through lb:5000 and records every id whose INSERT
// was acknowledged. Bounded in rate, count and time: it stops by itself.
import type pg from 'pg';
import { sleep } from '../src/exec.js';
import { connect, readWrite, type RunningLab } from './helpers.js';

export class AckedWriter {
  readonly acked: number[] = [];
  failures = 0;
  private nextId = 1;
  private stopped = false;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly status: RunningLab,
    private readonly run: string,
    private readonly limits = { maxAttempts: 20_000, maxMs: 170_000, pauseMs: 20 },
  ) {}

  start(): void {
    this.loop = this.writeLoop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
  }

  private async writeLoop(): Promise<void> {
    const deadline = Date.now() + this.limits.maxMs;
    let client: pg.Client | undefined;
    while (!this.stopped && this.nextId <= this.limits.maxAttempts && Date.now() < deadline) {
      // Each id is tried once: an INSERT that failed or timed out may or may not have
      // committed, but only acknowledged ones count.
      const id = this.nextId++;
      try {
        client ??= await connect(this.status, readWrite(this.status), 2000);
        await client.query('insert into lab_acks (run, id) values ($1, $2)', [this.run, id]);
        this.acked.push(id);
        await sleep(this.limits.pauseMs);
      } catch {
        this.failures++;
        await client?.end().catch(() => undefined);
        client = undefined;
        await sleep(100);
      }
    }
    await client?.end().catch(() => undefined);
  }
}
