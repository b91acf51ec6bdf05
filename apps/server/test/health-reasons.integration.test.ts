import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { failoverLagLimit, formatBytes, type ClusterDetail, type HealthReason } from '@keel/shared';
import { requireLabStatus } from '@keel/lab';
import { labImportRequest } from '../scripts/lab-import.js';
import { eventually, haproxyAdmin, lab, walReceiver } from './lab.js';
import { testApp } from './test-app.js';

type App = Awaited<ReturnType<typeof testApp>>;

/**
 * Every health reason Keel gives, caused for real on the lab and cleared again: etcd members down and
 * quorum lost, HAProxy routing writes to no backend, two, or the wrong one, its statistics unreachable,
 * a replica lagging (its WAL receiver stopped), a member left on an old timeline; and an import refused
 * while etcd is down. (A member unreachable is caused by a partition in live-status.integration.test.ts.)
 */
describe('health reasons, caused for real', () => {
  let app: App;
  let cluster: ClusterDetail;

  const get = async (): Promise<ClusterDetail> =>
    (
      await app.inject({ method: 'GET', url: `/api/v1/clusters/${cluster.id}`, headers: app.as.viewer })
    ).json<ClusterDetail>();

  const reasonShown = async (code: string, timeoutMs = 60_000): Promise<HealthReason> => {
    const found = await eventually(
      `reason ${code}`,
      async () => (await get()).health.reasons.find((r) => r.code === code),
      { timeoutMs },
    );
    console.log(`${code}: ${found.message}`);
    return found;
  };

  const healthy = (what: string) =>
    eventually(
      what,
      async () => {
        const c = await get();
        return c.health.level === 'healthy' ? c : undefined;
      },
      { timeoutMs: 120_000 },
    );

  const write = async (sql: string): Promise<void> => {
    const status = await requireLabStatus();
    const client = new pg.Client({ connectionString: status.haproxy.readWrite.connectionString });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    await lab('up');
    app = await testApp({}, false, { etcdHealthMs: 1_000, haproxyMs: 1_000, probeMs: 1_000 });
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/clusters',
      headers: app.as.admin,
      payload: labImportRequest(await requireLabStatus()),
    });
    expect(res.statusCode, res.body).toBe(201);
    cluster = res.json<ClusterDetail>();
    await healthy('a healthy cluster to start from');
  });

  afterAll(async () => {
    await haproxyAdmin('enable frontend stats').catch(() => undefined);
    await app?.close();
    await lab('up');
  });

  it('an etcd member stopped, then etcd without quorum', async () => {
    const status = await requireLabStatus();
    const [a, b] = status.hosts.filter((h) => h.etcdUrl);
    try {
      await lab('etcd', 'stop', a!.name);
      const one = await reasonShown('ETCD_MEMBER_UNHEALTHY');
      expect(one.message).toContain(`etcd member ${a!.name} unhealthy`);
      expect((await get()).health.level).toBe('degraded');

      await lab('etcd', 'stop', b!.name);
      const none = await reasonShown('ETCD_NO_QUORUM');
      expect(none.level).toBe('critical');
      expect(none.message).toMatch(/[01] of 3 members healthy: no quorum/);
    } finally {
      await lab('etcd', 'start', a!.name, b!.name);
    }
    await healthy('healthy once etcd is back');
  });

  it('HAProxy routing writes to no backend, to two, and to the wrong one', async () => {
    const { leader, members } = await get();
    const other = members.find((m) => m.name !== leader)!.name;
    try {
      await haproxyAdmin(`set server primary/${leader} state maint`);
      expect((await reasonShown('HAPROXY_NO_WRITER')).level).toBe('critical');
      await reasonShown('WRITES_FAILING');

      // The replica's health checks off and its health forced up (HAProxy then routes to it as
      // "no check"; `disable health` alone leaves it DOWN), the leader still out: writes go to the
      // wrong server.
      await haproxyAdmin(`disable health primary/${other}`);
      await haproxyAdmin(`set server primary/${other} health up`);
      expect((await reasonShown('HAPROXY_WRONG_WRITER')).message).toBe(
        `HAProxy routes writes to ${other}, but the leader is ${leader}`,
      );

      await haproxyAdmin(`set server primary/${leader} state ready`);
      const many = await reasonShown('HAPROXY_MANY_WRITERS');
      expect(many.message).toMatch(/HAProxy routes writes to 2 backends/);
    } finally {
      await haproxyAdmin(`set server primary/${leader} state ready`);
      await haproxyAdmin(`enable health primary/${other}`);
    }
    await healthy('healthy once HAProxy checks the replica again');
  });

  it('HAProxy statistics unreachable', async () => {
    try {
      await haproxyAdmin('disable frontend stats');
      const reason = await reasonShown('HAPROXY_STATS_UNREACHABLE');
      expect(reason.level).toBe('warning');
    } finally {
      await haproxyAdmin('enable frontend stats');
    }
    await healthy('healthy once the statistics answer');
  });

  it('a replica lagging, which is also refused as a switchover candidate', async () => {
    const { leader, members } = await get();
    const replica = members.find((m) => m.name !== leader)!.name;
    await walReceiver(replica, 'freeze');
    try {
      await write(
        'drop table if exists keel_lag; create table keel_lag as select repeat(md5(g::text), 40) as x from generate_series(1, 30000) g',
      );
      const lagging = await reasonShown('REPLICA_LAGGING');
      expect(lagging.message).toMatch(new RegExp(`replica ${replica} lagging \\d+(\\.\\d)? MB`));

      const refused = await app.inject({
        method: 'POST',
        url: `/api/v1/clusters/${cluster.id}/switchover`,
        headers: app.as.operator,
        payload: { candidate: replica },
      });
      expect(refused.statusCode).toBe(422);
      // The limit is the cluster's maximum_lag_on_failover (other lab tests change it).
      const limit = formatBytes(failoverLagLimit(await get()));
      expect(refused.json<{ message: string }>().message).toMatch(
        new RegExp(`candidate lag under ${limit.replace('.', '\\.')}: lag \\d+ MB`),
      );
    } finally {
      await walReceiver(replica, 'thaw');
    }
    await write('drop table keel_lag');
    await healthy('healthy once the replica caught up');
  });

  it('a cluster imported by its Patroni URL while its etcd is down is refused, saying why, and nothing is stored', async () => {
    const status = await requireLabStatus();
    const etcdHosts = status.hosts.filter((h) => h.etcdUrl).map((h) => h.name);
    const listed = async () =>
      (await app.inject({ method: 'GET', url: '/api/v1/clusters', headers: app.as.viewer }))
        .json<{ clusters: { name: string }[] }>()
        .clusters.map((c) => c.name);
    const before = await listed();
    await lab('etcd', 'stop', ...etcdHosts);
    try {
      // Patroni itself cannot list its members without its DCS: there is nothing true to import.
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/clusters',
        headers: app.as.admin,
        payload: labImportRequest(status, 'lab-no-etcd'),
      });
      console.log(`import with etcd down: ${res.statusCode} ${res.json<{ message: string }>().message}`);
      expect(res.statusCode).toBe(422);
      expect(res.json<{ message: string }>().message).toMatch(
        /answers, but cannot list its cluster's members .*etcd is probably down or without quorum/,
      );
      expect(await listed()).toEqual(before);
    } finally {
      await lab('etcd', 'start', ...etcdHosts);
    }
    await healthy('healthy once etcd is back');
  });

  it('a member left on the old timeline after a switchover', async () => {
    const before = await get();
    const leader = before.leader!;
    const [behind, candidate] = before.members.filter((m) => m.name !== leader).map((m) => m.name);
    await walReceiver(behind!, 'freeze');
    try {
      // Behind Keel's back, straight through Patroni: the frozen replica cannot follow.
      const res = await fetch(`${before.members.find((m) => m.name === leader)!.apiUrl}/switchover`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ leader, candidate }),
      });
      expect(res.status, await res.text()).toBe(200);
      const mismatch = await reasonShown('TIMELINE_MISMATCH');
      // The replica stays on the timeline it had; the leader moved one on. (Not compared with
      // `before.timeline`: the etcd outage of the test before may still promote once more after the
      // cluster first looked healthy again.)
      const [, stuck, ahead] = /on timeline (\d+), leader on (\d+)$/.exec(mismatch.message) ?? [];
      expect(mismatch.message).toMatch(new RegExp(`^replica ${behind} on timeline`));
      expect(Number(ahead)).toBe(Number(stuck) + 1);
      expect(Number(stuck)).toBeGreaterThanOrEqual(before.timeline!);
    } finally {
      await walReceiver(behind!, 'thaw');
    }
    await healthy('healthy once the replica follows the new timeline');
  });
});
