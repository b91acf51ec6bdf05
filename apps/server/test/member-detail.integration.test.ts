import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberReplication, type ClusterActivity, type ClusterDetail } from '@keel/shared';
import { requireLabStatus } from '@keel/lab';
import { labImportRequest } from '../scripts/lab-import.js';
import { buildApp } from '../src/build-app.js';
import { loadConfig } from '../src/config.js';
import { eventually, lab } from './lab.js';

type App = Awaited<ReturnType<typeof buildApp>>;
type Lab = Awaited<ReturnType<typeof requireLabStatus>>;

/** An LSN as a number of bytes, to compare two of them ("0/3000148" is 0x3000148). */
function lsnBytes(lsn: string | null): bigint {
  if (lsn === null) return -1n;
  const [high = '0', low = '0'] = lsn.split('/');
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

/** Our own SQL to the lab's leader through HAProxy: what Keel shows is compared with it. */
async function leaderSql<Row extends object>(status: Lab, sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: status.haproxy.readWrite.connectionString });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('member detail and kept activity against the lab', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'keel-member-detail-'));
  let app: App;
  let admin: Record<string, string>;
  let status: Lab;
  let clusterId: string;

  const start = () => buildApp(loadConfig({ KEEL_DATA_DIR: dataDir }), false);
  const get = async <T>(url: string): Promise<T> => {
    const res = await app.inject({ method: 'GET', url, headers: admin });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<T>();
  };
  const cluster = () => get<ClusterDetail>(`/api/v1/clusters/${clusterId}`);
  const activity = async () => (await get<ClusterActivity>(`/api/v1/clusters/${clusterId}/activity`)).events;

  beforeAll(async () => {
    await lab('up');
    status = await requireLabStatus();
    app = await start();
    const user = await app.security.users.create({
      username: 'admin',
      password: 'correct horse battery staple',
      role: 'admin',
      mustChangePassword: false,
    });
    const { token } = await app.security.tokens.create(
      { id: user.id, role: 'admin' },
      { name: 't', role: 'admin' },
    );
    admin = { authorization: `Bearer ${token}` };
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/clusters',
      headers: admin,
      payload: labImportRequest(status),
    });
    expect(res.statusCode, res.body).toBe(201);
    clusterId = res.json<ClusterDetail>().id;
  });

  afterAll(async () => {
    await leaderSql(status, 'drop table if exists keel_member_detail_check').catch(() => undefined);
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("shows each replica's replication as the leader's PostgreSQL reports it: state, sync state, real LSNs, its slot", async () => {
    // A write, and the leader's WAL position after it: each replica must be seen replaying past it.
    await leaderSql(
      status,
      'create table if not exists keel_member_detail_check (at timestamptz); insert into keel_member_detail_check values (now())',
    );
    const [{ lsn: written } = { lsn: '' }] = await leaderSql<{ lsn: string }>(
      status,
      'select pg_current_wal_lsn()::text as lsn',
    );
    const detail = await eventually(
      'every replica replaying past the write, as Keel shows it',
      async () => {
        const c = await cluster();
        const replicas = c.members.filter((m) => m.name !== c.leader);
        const caughtUp = replicas.every(
          (m) =>
            lsnBytes(memberReplication(c.replication, m.name).standby?.replayLsn ?? null) >=
            lsnBytes(written),
        );
        return c.leader && replicas.length === 2 && caughtUp ? c : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );

    const theirs = await leaderSql<{ application_name: string; state: string; sync_state: string }>(
      status,
      'select application_name, state, sync_state from pg_stat_replication order by 1',
    );
    const slots = await leaderSql<{ slot_name: string; active: boolean }>(
      status,
      'select slot_name, active from pg_replication_slots order by 1',
    );
    expect(detail.replication?.error).toBeNull();
    expect(detail.replication?.server).toBe(
      `${status.hosts.find((h) => h.name === detail.leader)?.address}:5432`,
    );
    expect(lsnBytes(detail.replication?.currentLsn ?? null)).toBeGreaterThanOrEqual(lsnBytes(written));
    for (const replica of detail.members.filter((m) => m.name !== detail.leader)) {
      const { standby, slot } = memberReplication(detail.replication, replica.name);
      const row = theirs.find((r) => r.application_name === replica.name);
      expect(standby, replica.name).not.toBeNull();
      expect(standby?.state).toBe(row?.state);
      expect(standby?.state).toBe('streaming');
      expect(standby?.syncState).toBe(row?.sync_state);
      for (const lsn of [standby?.sentLsn, standby?.writeLsn, standby?.flushLsn, standby?.replayLsn]) {
        expect(lsn).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
        expect(lsnBytes(lsn ?? null)).toBeGreaterThanOrEqual(lsnBytes(written));
      }
      // Patroni's own slot for the member (use_slots in the lab), in use by its WAL receiver.
      expect(slot?.name).toBe(replica.name);
      expect(slot?.active).toBe(slots.find((s) => s.slot_name === replica.name)?.active);
      expect(slot?.active).toBe(true);
      expect(slot?.restartLsn).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
    }
    // The lab's Patroni tags are shown too (Keel's templates set none but what Patroni adds).
    expect(detail.members.every((m) => typeof m.tags === 'object')).toBe(true);
    expect(JSON.stringify(detail)).not.toContain(status.credentials.superuser.password);
  });

  it('keeps the activity it saw: the same events on a second read and after a restart of Keel', async () => {
    const leader = (await cluster()).leader;
    // Keel's first look at the lab is the first story: roles known, a leader, health.
    const seen = await eventually('the first look in the activity', async () => {
      const events = await activity();
      return events.some((e) => e.type === 'cluster.leader' && e.to === leader) ? events : undefined;
    });
    expect(seen.some((e) => e.type === 'member.role' && e.member === leader && e.to === 'leader')).toBe(true);
    // A reload of the page asks again: the same events (newer ones may be on top).
    const again = await activity();
    expect(again.slice(again.length - seen.length)).toEqual(seen);

    await app.close();
    app = await start();
    const afterRestart = await activity();
    expect(afterRestart.slice(afterRestart.length - seen.length)).toEqual(seen);
  });
});
