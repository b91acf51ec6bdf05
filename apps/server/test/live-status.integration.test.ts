import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isReplicating,
  type ClusterDetail,
  type KeelEvent,
  type LeaderChangedEvent,
  type SnapshotEvent,
} from '@keel/shared';
import { requireLabStatus } from '@keel/lab';
import { labImportRequest } from '../scripts/lab-import.js';
import { EventFeed } from './event-feed.js';
import { eventually, lab } from './lab.js';
import { testApp } from './test-app.js';

type App = Awaited<ReturnType<typeof testApp>>;

describe('live status against the lab', () => {
  let app: App;
  let base: string;
  let cluster: ClusterDetail;

  const getCluster = async (): Promise<ClusterDetail> => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/clusters/${cluster.id}`,
      headers: app.as.viewer,
    });
    expect(res.statusCode).toBe(200);
    return res.json<ClusterDetail>();
  };

  beforeAll(async () => {
    await lab('up');
    app = await testApp();
    base = await app.listen({ port: 0, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await app?.close();
    await lab('up'); // leave the lab healthy for the next test file
  });

  it('imports a cluster from one Patroni URL and discovers all three members with their roles', async () => {
    const status = await requireLabStatus();
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/clusters',
      headers: app.as.admin,
      payload: labImportRequest(status),
    });
    expect(res.statusCode).toBe(201);
    cluster = res.json<ClusterDetail>();

    expect(cluster.members.map((m) => m.name)).toEqual(['pg1', 'pg2', 'pg3']);
    expect(cluster.etcdEndpoints).toHaveLength(3);
    expect(cluster.leader).toBe(status.leader);
    const roles = Object.fromEntries(cluster.members.map((m) => [m.name, m.role]));
    expect(roles[status.leader!]).toBe('leader');
    for (const m of cluster.members.filter((m) => m.name !== status.leader)) {
      expect(['replica', 'sync_standby']).toContain(m.role);
    }
    expect(JSON.stringify(cluster)).not.toContain(status.credentials.superuser.password);

    const healthy = await eventually('a healthy cluster with etcd, HAProxy and the write probe', async () => {
      const c = await getCluster();
      return c.health.level === 'healthy' && c.etcd.length === 3 && c.haproxy.readWrite?.ok ? c : undefined;
    });
    expect(healthy.haproxy.readWrite?.inRecovery).toBe(false);
    expect(
      healthy.haproxy.backends.filter((b) => b.proxy === 'primary' && b.up).map((b) => b.server),
    ).toEqual([status.leader]);
  });

  it('refuses to import the same cluster twice', async () => {
    const status = await requireLabStatus();
    const sameName = await app.inject({
      method: 'POST',
      url: '/api/v1/clusters',
      headers: app.as.admin,
      payload: labImportRequest(status),
    });
    expect(sameName.statusCode).toBe(409);
    const otherName = await app.inject({
      method: 'POST',
      url: '/api/v1/clusters',
      headers: app.as.admin,
      payload: labImportRequest(status, 'lab-again'),
    });
    expect(otherName.statusCode).toBe(409);
    expect(otherName.json<{ message: string }>().message).toMatch(/already in Keel as "lab"/);
  });

  it('probes with a database login from the credentials store, which then cannot be deleted while used', async () => {
    const status = await requireLabStatus();
    const stored = await app.inject({
      method: 'POST',
      url: '/api/v1/credentials',
      headers: app.as.admin,
      payload: {
        kind: 'database',
        name: 'lab monitor',
        username: 'postgres',
        password: status.credentials.superuser.password,
      },
    });
    expect(stored.statusCode).toBe(201);
    const credentialId = stored.json<{ id: string }>().id;
    const patched = await app.inject({
      method: 'PATCH',
      url: `/api/v1/clusters/${cluster.id}`,
      headers: app.as.admin,
      payload: { databaseCredentialId: credentialId },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json<ClusterDetail>().databaseCredentialId).toBe(credentialId);
    await eventually('a probe with the stored login', async () => {
      const c = await getCluster();
      return c.haproxy.readWrite?.ok &&
        Date.parse(c.haproxy.readWrite.checkedAt ?? '') >
          Date.parse(patched.json<ClusterDetail>().observedAt ?? '')
        ? c
        : undefined;
    });
    const refused = await app.inject({
      method: 'DELETE',
      url: `/api/v1/credentials/${credentialId}`,
      headers: app.as.admin,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ message: string }>().message).toMatch(/used by lab/);
  });

  it('reports a new leader in the state and on the WebSocket feed after the leader crashes', async () => {
    const feed = await EventFeed.open(`${base.replace('http', 'ws')}/api/v1/events`, app.as.viewer);
    try {
      const { event: snapshot } = await feed.waitFor((e): e is SnapshotEvent => e.type === 'snapshot', 5_000);
      const oldLeader = snapshot.clusters.find((c) => c.id === cluster.id)?.leader;
      expect(oldLeader).toBeTruthy();

      const crashedAt = Date.now();
      await lab('crash', oldLeader!);
      const { event } = await feed.waitFor(
        (e: KeelEvent): e is LeaderChangedEvent =>
          e.type === 'cluster.leader' && e.clusterId === cluster.id && e.to !== null && e.to !== oldLeader,
        120_000,
        crashedAt,
      );
      const state = await getCluster();
      expect(state.leader).toBe(event.to);
      expect(state.members.find((m) => m.name === oldLeader)?.reachable).toBe(false);

      await lab('restart', oldLeader!);
      await eventually(
        `${oldLeader} back as a streaming replica`,
        async () => {
          const c = await getCluster();
          const old = c.members.find((m) => m.name === oldLeader);
          return old?.reachable && old.role !== 'leader' && isReplicating(old) ? c : undefined;
        },
        { timeoutMs: 120_000 },
      );
    } finally {
      feed.close();
    }
  }, 300_000); // two waits of up to 120 s each: the failover, then the old leader back

  it('shows a partitioned replica as unreachable, and healthy again after heal', async () => {
    const before = await eventually('a leader', async () => {
      const c = await getCluster();
      return c.leader ? c : undefined;
    });
    const replica = before.members.find((m) => m.name !== before.leader)!.name;

    await lab('partition', replica);
    try {
      const cut = await eventually(`${replica} unreachable`, async () => {
        const c = await getCluster();
        return c.members.find((m) => m.name === replica)?.reachable === false ? c : undefined;
      });
      expect(cut.health.level).not.toBe('healthy');
      expect(cut.health.reasons.map((r) => r.message).join('\n')).toMatch(
        new RegExp(`member ${replica} unreachable`),
      );
    } finally {
      await lab('heal', replica);
    }
    await eventually(
      'the cluster healthy again',
      async () => {
        const c = await getCluster();
        return c.health.level === 'healthy' && c.members.every((m) => m.reachable) ? c : undefined;
      },
      { timeoutMs: 120_000 },
    );
  });
});
