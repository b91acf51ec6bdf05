import type { DatabaseLoginSecret } from '../postgres/probe.js';
import { sqlClient } from '../postgres/probe.js';

/** The server's timeline: the first 8 hex digits of the current WAL file's name, read as a number. */
const timelineOfCurrentWal = "('x' || substr(pg_walfile_name(pg_current_wal_lsn()), 1, 8))::bit(32)::bigint";

/** The workload's client gives up on a silent server after this long, and reconnects. */
export const probeClientTimeoutMs = 1_000;

/** One acknowledged write as the client saw it. */
export interface AckedWrite {
  seq: number;
  sentMs: number;
  ackedMs: number;
  /** The leader's WAL insert position right after the commit, for the bytes a lost write stood for. */
  lsn: string | null;
}

/**
 * Writes small transactions at a steady rate through HAProxy's read-write endpoint into keel_drill_probe
 * (timeline and clock_timestamp() are column defaults, so the server stamps each row itself), and reads
 * through the read-only endpoint. Each attempt uses a short timeout and reconnects after a failure: the
 * gaps between acknowledgements are the downtime a client saw.
 */
export class ProbeWorkload {
  readonly writes: AckedWrite[] = [];
  readonly reads: number[] = [];
  /** Why the last write failed (the drill says it when no write gets through). */
  lastWriteError: string | null = null;
  private stopped = false;
  private loops: Promise<void>[] = [];

  constructor(
    private readonly readWrite: string,
    private readonly readOnly: string | null,
    private readonly login: DatabaseLoginSecret,
    private readonly drillId: string,
    private readonly intervalMs = 100,
  ) {}

  async prepare(): Promise<void> {
    const client = sqlClient(this.readWrite, this.login, 'keel-drill', 5_000);
    await client.connect();
    try {
      await client.query(`create table if not exists keel_drill_probe (
        drill_id text not null, seq integer not null, sent_at timestamptz not null,
        server_at timestamptz not null default clock_timestamp(),
        timeline bigint not null default ${timelineOfCurrentWal},
        primary key (drill_id, seq))`);
      // A table made by an earlier Keel keeps its columns; the default is set again so it is this one.
      await client.query(
        `alter table keel_drill_probe alter column timeline set default ${timelineOfCurrentWal}`,
      );
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  start(): void {
    this.loops = [this.writeLoop()];
    if (this.readOnly) this.loops.push(this.readLoop(this.readOnly));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await Promise.all(this.loops);
  }

  /** The writes acknowledged to the client that the leader does not have now. */
  async lostWrites(): Promise<AckedWrite[]> {
    const client = sqlClient(this.readWrite, this.login, 'keel-drill', 5_000);
    await client.connect();
    try {
      const rows = await client.query<{ seq: number }>(
        'select seq from keel_drill_probe where drill_id = $1',
        [this.drillId],
      );
      const present = new Set(rows.rows.map((r) => r.seq));
      return this.writes.filter((w) => !present.has(w.seq));
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  private async writeLoop(): Promise<void> {
    let seq = 0;
    let client: ReturnType<typeof sqlClient> | null = null;
    while (!this.stopped) {
      const started = Date.now();
      seq += 1;
      try {
        if (!client) {
          client = sqlClient(this.readWrite, this.login, 'keel-drill', probeClientTimeoutMs);
          await client.connect();
        }
        const answer = await client.query<{ lsn: string }>(
          'insert into keel_drill_probe (drill_id, seq, sent_at) values ($1, $2, $3) returning pg_current_wal_insert_lsn()::text as lsn',
          [this.drillId, seq, new Date(started)],
        );
        this.writes.push({ seq, sentMs: started, ackedMs: Date.now(), lsn: answer.rows[0]?.lsn ?? null });
      } catch (error) {
        this.lastWriteError = error instanceof Error ? error.message : String(error);
        await client?.end().catch(() => undefined);
        client = null;
      }
      await pause(this.intervalMs - (Date.now() - started));
    }
    await client?.end().catch(() => undefined);
  }

  private async readLoop(endpoint: string): Promise<void> {
    let client: ReturnType<typeof sqlClient> | null = null;
    while (!this.stopped) {
      const started = Date.now();
      try {
        if (!client) {
          client = sqlClient(endpoint, this.login, 'keel-drill', probeClientTimeoutMs);
          await client.connect();
        }
        await client.query('select 1');
        this.reads.push(Date.now());
      } catch {
        await client?.end().catch(() => undefined);
        client = null;
      }
      await pause(this.intervalMs - (Date.now() - started));
    }
    await client?.end().catch(() => undefined);
  }
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}
