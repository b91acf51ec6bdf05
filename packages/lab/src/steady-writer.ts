import pg from 'pg';
import { longestAckGapMs, missingIds } from './acked-ids.js';

/**
 * Numbered inserts at a steady rate through an endpoint, each on a connection of its own and never
 * waiting for the earlier ones: a write stuck on a dead server until its timeout does not hide the
 * moment writes work again. Keeps every acknowledged id with when. Drill tests use it as the
 * independent witness of write downtime and lost writes.
 */
export class SteadyWriter {
  readonly acked: { id: number; at: number }[] = [];
  private readonly pending = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | null = null;
  private nextId = 1;

  constructor(
    private readonly connection: pg.ClientConfig,
    private readonly table: string,
    private readonly options = { intervalMs: 50, timeoutMs: 1_000, maxInFlight: 100 },
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client({ ...this.connection, connectionTimeoutMillis: 5_000 });
    client.on('error', () => undefined);
    await client.connect();
    await client.query(
      `create table if not exists ${this.table} (id int primary key, at timestamptz default now())`,
    );
    await client.query(`truncate ${this.table}`);
    await client.end();
    this.timer = setInterval(() => {
      if (this.pending.size >= this.options.maxInFlight) return;
      const write = this.write(this.nextId++).finally(() => this.pending.delete(write));
      this.pending.add(write);
    }, this.options.intervalMs);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await Promise.all(this.pending);
    this.acked.sort((a, b) => a.at - b.at);
  }

  /** The longest time between two acknowledged writes, in ms. */
  longestGapMs(): number {
    return longestAckGapMs(this.acked);
  }

  /** Acknowledged ids that the table does not have (read through `via`, e.g. the new leader). */
  missing(via: pg.ClientConfig = this.connection): Promise<number[]> {
    return missingIds(via, this.table, this.acked);
  }

  private async write(id: number): Promise<void> {
    const client = new pg.Client({
      ...this.connection,
      connectionTimeoutMillis: this.options.timeoutMs,
      query_timeout: this.options.timeoutMs,
    });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query(`insert into ${this.table} (id) values ($1)`, [id]);
      this.acked.push({ id, at: Date.now() });
    } catch {
      // Not acknowledged: it may or may not have committed, and only acknowledged writes count.
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}
