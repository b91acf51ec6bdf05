import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  isReplicating,
  type ClusterDetail,
  type Job,
  type KeelEvent,
  type LeaderChangedEvent,
} from '@keel/shared';
import { requireLabStatus } from '@keel/lab';
import { labImportRequest } from '../scripts/lab-import.js';
import { EventFeed } from './event-feed.js';
import { eventually, lab } from './lab.js';
import { testApp } from './test-app.js';

type App = Awaited<ReturnType<typeof testApp>>;

/**
 * Keel observing the lab while etcd itself fails the ways real ones do: rebuilt from nothing (a
 * disaster recovery), a member restarted, history compacted under a watch that must resume from it.
 * Patroni is polled only every 30 s here, so following a leader change within seconds proves the etcd
 * watch works again; after each fault, a switchover done behind Keel's back and one done by Keel.
 */
describe('the etcd watch, through etcd faults', () => {
  let app: App;
  let base: string;
  let feed: EventFeed;

  const get = async (id: string): Promise<ClusterDetail> => {
    const res = await app.inject({ method: 'GET', url: `/api/v1/clusters/${id}`, headers: app.as.viewer });
    expect(res.statusCode).toBe(200);
    return res.json<ClusterDetail>();
  };

  /** Who Patroni itself says leads, and a streaming replica to hand over to. */
  const patroniLeader = async (): Promise<{ leader: string; candidate: string; leaderUrl: string }> => {
    const status = await requireLabStatus();
    return eventually('a leader and a streaming replica in Patroni', async () => {
      const res = await fetch(`${status.hosts.find((h) => h.patroniUrl)!.patroniUrl}/cluster`);
      const cluster = (await res.json()) as { members: { name: string; role: string; state: string }[] };
      const leader = cluster.members.find((m) => m.role === 'leader' && m.state === 'running');
      // Patroni 3 shows a streaming replica as `running`, Patroni 4 as `streaming` (the shared rule).
      const candidate = cluster.members.find((m) => m.role !== 'leader' && isReplicating(m));
      if (!leader || !candidate) return undefined;
      const leaderUrl = status.hosts.find((h) => h.name === leader.name)!.patroniUrl!;
      return { leader: leader.name, candidate: candidate.name, leaderUrl };
    });
  };

  const healthy = (id: string, what: string) =>
    eventually(
      what,
      async () => {
        const c = await get(id);
        return c.health.level === 'healthy' && c.view.consistent && c.view.watch.status === 'watching'
          ? c
          : undefined;
      },
      { timeoutMs: 90_000 },
    );

  /** A switchover straight through Patroni's REST API: Keel must follow it through its watch. */
  const followsSwitchoverBehindItsBack = async (id: string, after: string): Promise<void> => {
    const { leader, candidate, leaderUrl } = await patroniLeader();
    const since = Date.now();
    const answer = await fetch(`${leaderUrl}/switchover`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ leader, candidate }),
    });
    expect(answer.status, await answer.text()).toBe(200);
    const answeredAt = Date.now();
    const { receivedAt } = await feed.waitFor(
      (e: KeelEvent): e is LeaderChangedEvent =>
        e.type === 'cluster.leader' && e.clusterId === id && e.to === candidate,
      10_000,
      since,
    );
    console.log(
      `after ${after}: Keel's feed named ${candidate} leader ${Math.max(0, receivedAt - answeredAt)} ms after Patroni answered the switchover`,
    );
    expect((await get(id)).leader).toBe(candidate);
  };

  /** A switchover job from Keel: it must succeed, and find Keel's own view in agreement. */
  const switchoverJob = async (id: string): Promise<void> => {
    await healthy(id, 'a healthy cluster before the switchover job');
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/clusters/${id}/switchover`,
      headers: app.as.operator,
      payload: {},
    });
    expect(res.statusCode, res.body).toBe(202);
    const job = await eventually(
      'the switchover job to end',
      async () => {
        const r = await app.inject({
          method: 'GET',
          url: `/api/v1/jobs/${res.json<Job>().id}`,
          headers: app.as.viewer,
        });
        const j = r.json<Job>();
        return ['succeeded', 'failed', 'cancelled', 'interrupted'].includes(j.status) ? j : undefined;
      },
      { timeoutMs: 120_000 },
    );
    expect(job.status, job.result ?? '').toBe('succeeded');
    const agrees = job.steps.find((s) => s.name === "Keel's view agrees");
    expect(agrees?.detail).toMatch(/Keel shows .* leading/);
  };

  const importLab = async (name: string, etcdEndpoints?: string[]): Promise<ClusterDetail> => {
    const status = await requireLabStatus();
    const request = labImportRequest(status, name);
    const payload = etcdEndpoints
      ? {
          name,
          haproxy: request.haproxy,
          database: request.database,
          etcd: { endpoints: etcdEndpoints, scope: status.scope, namespace: status.namespace },
        }
      : request;
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/clusters',
      headers: app.as.admin,
      payload,
    });
    expect(res.statusCode, res.body).toBe(201);
    const cluster = res.json<ClusterDetail>();
    imported.push(cluster.id);
    return cluster;
  };
  /** Clusters a test imported: forgotten after it, passed or failed, so the next can import the lab again. */
  const imported: string[] = [];

  const forget = (id: string) =>
    app.inject({ method: 'DELETE', url: `/api/v1/clusters/${id}`, headers: app.as.admin });

  beforeAll(async () => {
    await lab('up');
    app = await testApp({}, false, { patroniMs: 30_000 });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    feed = await EventFeed.open(`${base.replace('http', 'ws')}/api/v1/events`, app.as.viewer);
  });

  afterEach(async () => {
    for (const id of imported.splice(0)) await forget(id);
  });

  afterAll(async () => {
    feed?.close();
    await app?.close();
    await lab('up'); // leave the lab healthy for the next test file
  });

  it('restarts its watch when etcd is rebuilt from nothing, and follows the next leader changes', async () => {
    const cluster = await importLab('lab');
    await healthy(cluster.id, 'a healthy cluster');
    const restartsBefore = (await get(cluster.id)).view.watch.restarts;

    await lab('etcd', 'rebuild');
    const repaired = await eventually(
      'the watch restarted from a fresh read',
      async () => {
        const c = await get(cluster.id);
        return c.view.watch.restarts > restartsBefore && c.view.watch.status === 'watching' ? c : undefined;
      },
      { timeoutMs: 60_000 },
    );
    expect(repaired.view.watch.lastRestart?.reason).toMatch(
      /revision went back|cluster id changed|not delivered|cancelled/,
    );
    console.log(`etcd rebuilt: ${repaired.view.watch.lastRestart?.reason}`);
    await healthy(cluster.id, 'healthy again after the rebuild');

    await followsSwitchoverBehindItsBack(cluster.id, 'an etcd rebuild');
    await switchoverJob(cluster.id);
  });

  it('follows leader changes after every etcd member was restarted in turn', async () => {
    const cluster = await importLab('lab-rolling');
    await healthy(cluster.id, 'a healthy cluster');
    const status = await requireLabStatus();
    for (const host of status.hosts.filter((h) => h.etcdUrl)) await lab('etcd', 'restart', host.name);
    await healthy(cluster.id, 'healthy after the etcd restarts');

    await followsSwitchoverBehindItsBack(cluster.id, 'a rolling etcd restart');
    await switchoverJob(cluster.id);
  });

  it('restarts a watch that etcd cancelled because its revision was compacted away', async () => {
    // Imported through one etcd member only, so stopping it leaves Keel's watch behind.
    const status = await requireLabStatus();
    const only = status.hosts.find((h) => h.etcdUrl)!;
    const cluster = await importLab('lab-one-etcd', [only.etcdUrl!]);
    await healthy(cluster.id, 'a healthy cluster');
    const restartsBefore = (await get(cluster.id)).view.watch.restarts;

    await lab('etcd', 'stop', only.name);
    // Changes Keel's watch has not seen, then the history holding them compacted away. Patroni on the
    // host whose etcd stopped needs a moment to move to another etcd member: until then it refuses.
    const { candidate } = await eventually(
      'a switchover while one etcd member is down',
      async () => {
        const { leader, candidate, leaderUrl } = await patroniLeader();
        const answer = await fetch(`${leaderUrl}/switchover`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ leader, candidate }),
        });
        if (answer.status === 200) return { candidate };
        console.log(`Patroni refused the switchover for now: ${answer.status} ${await answer.text()}`);
        return undefined;
      },
      { timeoutMs: 60_000, intervalMs: 2_000 },
    );
    await lab('etcd', 'compact');
    await lab('etcd', 'start', only.name);

    const repaired = await eventually(
      'the cancelled watch restarted',
      async () => {
        const c = await get(cluster.id);
        return c.view.watch.restarts > restartsBefore && c.view.watch.status === 'watching' ? c : undefined;
      },
      { timeoutMs: 60_000 },
    );
    console.log(`after compaction: ${repaired.view.watch.lastRestart?.reason}`);
    expect((await get(cluster.id)).leader).toBe(candidate);
    await healthy(cluster.id, 'healthy after the compaction');

    await followsSwitchoverBehindItsBack(cluster.id, 'a compaction');
    await switchoverJob(cluster.id);
  });
});
