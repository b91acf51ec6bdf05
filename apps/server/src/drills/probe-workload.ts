import type { DatabaseLoginSecret } from '../postgres/probe.js';
import { sqlClient } from '../postgres/probe.js';
import { SteadyAttempts } from './steady-attempts.js';

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
 * through the read-only endpoint, every 100 ms each (SteadyAttempts: a stuck attempt never delays the next).
 * The gaps between acknowledgements are the downtime a client saw.
 */
export class ProbeWorkload {
  readonly writes: AckedWrite[] = [];
  readonly reads: number[] = [];
  private writers: SteadyAttempts | null = null;
  private readers: SteadyAttempts | null = null;

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
    const open = (endpoint: string) => () =>
      sqlClient(endpoint, this.login, 'keel-drill', probeClientTimeoutMs);
    this.writers = new SteadyAttempts(
      open(this.readWrite),
      async (client, seq, sentMs) => {
        const answer = await client.query<{ lsn: string }>(
          'insert into keel_drill_probe (drill_id, seq, sent_at) values ($1, $2, $3) returning pg_current_wal_insert_lsn()::text as lsn',
          [this.drillId, seq, new Date(sentMs)],
        );
        this.writes.push({ seq, sentMs, ackedMs: Date.now(), lsn: answer.rows[0]?.lsn ?? null });
      },
      this.intervalMs,
    );
    this.writers.start();
    if (this.readOnly) {
      this.readers = new SteadyAttempts(
        open(this.readOnly),
        async (client) => {
          await client.query('select 1');
          this.reads.push(Date.now());
        },
        this.intervalMs,
      );
      this.readers.start();
    }
  }

  /** Why the last write failed (the drill says it when no write gets through). */
  get lastWriteError(): string | null {
    return this.writers?.lastError ?? null;
  }

  async stop(): Promise<void> {
    await Promise.all([this.writers?.stop(), this.readers?.stop()]);
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
}
