import type { ReplicationSlot, ReplicationStandby, ReplicationView } from '@keel/shared';
import { sqlClient, sqlFailure, type DatabaseLoginSecret } from './probe.js';

const timeoutMs = 2_000;

const standbysSql = `
select application_name, host(client_addr) as client_addr, state, sync_state, sync_priority,
       sent_lsn::text, write_lsn::text, flush_lsn::text, replay_lsn::text,
       pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::bigint::text as replay_lag_bytes
  from pg_stat_replication
 order by application_name`;

const slotsSql = `
select slot_name, slot_type, active, restart_lsn::text, confirmed_flush_lsn::text, wal_status,
       pg_wal_lsn_diff(pg_current_wal_lsn(), restart_lsn)::bigint::text as retained_bytes
  from pg_replication_slots
 order by slot_name`;

interface StandbyRow {
  application_name: string;
  client_addr: string | null;
  state: string | null;
  sync_state: string | null;
  sync_priority: number | null;
  sent_lsn: string | null;
  write_lsn: string | null;
  flush_lsn: string | null;
  replay_lsn: string | null;
  replay_lag_bytes: string | null;
}

interface SlotRow {
  slot_name: string;
  slot_type: string;
  active: boolean;
  restart_lsn: string | null;
  confirmed_flush_lsn: string | null;
  wal_status: string | null;
  retained_bytes: string | null;
}

// bigint arrives as text (it can pass 2^53); WAL distances never do.
const bytes = (value: string | null): number | null => (value === null ? null : Number(value));

const toStandby = (r: StandbyRow): ReplicationStandby => ({
  applicationName: r.application_name,
  clientAddr: r.client_addr,
  state: r.state,
  syncState: r.sync_state,
  syncPriority: r.sync_priority,
  sentLsn: r.sent_lsn,
  writeLsn: r.write_lsn,
  flushLsn: r.flush_lsn,
  replayLsn: r.replay_lsn,
  replayLagBytes: bytes(r.replay_lag_bytes),
});

const toSlot = (r: SlotRow): ReplicationSlot => ({
  name: r.slot_name,
  type: r.slot_type,
  active: r.active,
  restartLsn: r.restart_lsn,
  confirmedFlushLsn: r.confirmed_flush_lsn,
  walStatus: r.wal_status,
  retainedBytes: bytes(r.retained_bytes),
});

/**
 * Asks the primary behind a read-write endpoint (HAProxy :5000) what it replicates to: its
 * `pg_stat_replication` and `pg_replication_slots`. A server in recovery answers nothing here (a
 * standby's own view would be half the story): that is reported as an error, not as "no replicas".
 */
export async function readReplication(
  endpoint: string,
  login: DatabaseLoginSecret,
  now: () => Date,
): Promise<ReplicationView> {
  const client = sqlClient(endpoint, login, 'keel-replication', timeoutMs);
  const empty = { standbys: [], slots: [], currentLsn: null };
  try {
    await client.connect();
    const head = await client.query<{ in_recovery: boolean; lsn: string | null; server: string | null }>(
      `select pg_is_in_recovery() as in_recovery,
              case when pg_is_in_recovery() then null else pg_current_wal_lsn()::text end as lsn,
              host(inet_server_addr()) || ':' || inet_server_port() as server`,
    );
    const row = head.rows[0];
    const server = row?.server ?? null;
    if (!row || row.in_recovery) {
      return {
        ...empty,
        server,
        error: `${endpoint} reached a server in recovery, not the primary`,
        checkedAt: now().toISOString(),
      };
    }
    const standbys = await client.query<StandbyRow>(standbysSql);
    const slots = await client.query<SlotRow>(slotsSql);
    return {
      server,
      currentLsn: row.lsn,
      standbys: standbys.rows.map(toStandby),
      slots: slots.rows.map(toSlot),
      error: null,
      checkedAt: now().toISOString(),
    };
  } catch (error) {
    return {
      ...empty,
      server: null,
      error: sqlFailure(error, endpoint, login),
      checkedAt: now().toISOString(),
    };
  } finally {
    await client.end().catch(() => undefined);
  }
}
