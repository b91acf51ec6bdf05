import pg from 'pg';
import { longestAckGapMs, missingIds } from './acked-ids.js';

/**
 * Inserts numbered rows through an endpoint (HAProxy's read-write port) and keeps every id whose INSERT was
 * acknowledged, with when. Bounded in count and time: it stops by itself. Used by the lab's own tests,
 * Keel's operation tests and the benchmarks to count lost writes and measure write gaps.
 */
export class AckedWriter {
  readonly acked: { id: number; at: number }[] = [];
  failures = 0;
  /** Why the last attempt failed: when nothing gets acknowledged, this says why. */
  lastError: string | null = null;
  private nextId = 1;
  private stopped = false;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly connection: pg.ClientConfig,
    private readonly table: string,
    private readonly limits = { maxAttempts: 50_000, maxMs: 240_000, pauseMs: 10 },
  ) {}

  async start(): Promise<void> {
    const client = await this.connect();
    await client.query(
      `create table if not exists ${this.table} (id int primary key, at timestamptz default now())`,
    );
    await client.query(`truncate ${this.table}`);
    await client.end();
    this.loop = this.writeLoop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop;
  }

  /** The longest time between two acknowledged writes, in ms. */
  longestGapMs(): number {
    return longestAckGapMs(this.acked);
  }

  /** Acknowledged ids that the table does not have (read through `via`, e.g. the new leader). */
  missing(via: pg.ClientConfig = this.connection): Promise<number[]> {
    return missingIds(via, this.table, this.acked);
  }

  private async connect(): Promise<pg.Client> {
    const client = new pg.Client({
      ...this.connection,
      connectionTimeoutMillis: 2_000,
      query_timeout: 2_000,
    });
    client.on('error', () => undefined);
    await client.connect();
    return client;
  }

  private async writeLoop(): Promise<void> {
    const deadline = Date.now() + this.limits.maxMs;
    let client: pg.Client | undefined;
    while (!this.stopped && this.nextId <= this.limits.maxAttempts && Date.now() < deadline) {
      // Each id is tried once: a failed INSERT may or may not have committed; only acknowledged ones count.
      const id = this.nextId++;
      try {
        client ??= await this.connect();
        await client.query(`insert into ${this.table} (id) values ($1)`, [id]);
        this.acked.push({ id, at: Date.now() });
        await new Promise((resolve) => setTimeout(resolve, this.limits.pauseMs));
      } catch (error) {
        this.failures++;
        this.lastError = error instanceof Error ? error.message : String(error);
        await client?.end().catch(() => undefined);
        client = undefined;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    await client?.end().catch(() => undefined);
  }
}
