import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterDetail, Job } from '@keel/shared';
import { requireLabStatus } from '@keel/lab';
import { getCluster, importLab, logText, waitHealthy, waitJobEnd } from './cluster-helpers.js';
import { httpRequest } from '../src/net/http-request.js';
import { eventually, lab, labClientTls } from './lab.js';
import { testApp } from './test-app.js';
import { AckedWriter } from '@keel/lab';

type App = Awaited<ReturnType<typeof testApp>>;

describe('operations against the lab', () => {
  let app: App;
  let cluster: ClusterDetail;

  const post = (path: string, payload: object = {}, as: 'admin' | 'operator' | 'viewer' = 'operator') =>
    app.inject({
      method: 'POST',
      url: `/api/v1/clusters/${cluster.id}/${path}`,
      headers: app.as[as],
      payload,
    });
  const replicaOf = (c: ClusterDetail): string => c.members.find((m) => m.name !== c.leader)!.name;

  beforeAll(async () => {
    await lab('up');
    app = await testApp();
    cluster = await importLab(app);
    cluster = await waitHealthy(app, cluster.id);
  });

  afterAll(async () => {
    await app?.close();
    await lab('up');
  });

  it('switches over to a named candidate with a writer running, losing no acknowledged write', async () => {
    const status = await requireLabStatus();
    const writer = new AckedWriter(
      {
        host: status.haproxy.readWrite.host,
        port: status.haproxy.readWrite.port,
        user: status.credentials.superuser.username,
        password: status.credentials.superuser.password,
        database: 'postgres',
        ssl: (await labClientTls()).pgSsl,
      },
      'keel_switchover_acks',
    );
    await writer.start();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const before = await getCluster(app, cluster.id);
    const candidate = replicaOf(before);

    const res = await post('switchover', { candidate });
    expect(res.statusCode).toBe(202);
    const job = await waitJobEnd(app, res.json<Job>().id);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await writer.stop();

    expect(job.status, logText(job)).toBe('succeeded');
    expect(job.steps.map((s) => s.name)).toEqual([
      'Pre-checks',
      'Ask Patroni to switch over',
      'New leader elected',
      'Writable through HAProxy',
      'Timeline went up',
      'Other members replicate from the new leader',
      "Keel's view agrees",
    ]);
    expect(job.steps.at(-1)?.detail).toBe(`Keel shows ${candidate} leading`);
    const after = await getCluster(app, cluster.id);
    expect(after.leader).toBe(candidate);
    expect(after.timeline).toBe(before.timeline! + 1);
    expect(after.members.find((m) => m.name === before.leader)?.role).not.toBe('leader');
    expect(writer.acked.length).toBeGreaterThan(50);
    expect(await writer.missing()).toEqual([]);
    console.log(
      `switchover ${before.leader} → ${candidate}: write gap ${writer.longestGapMs()} ms, ${writer.acked.length} acknowledged writes, 0 lost`,
    );
  });

  it('refuses what a careful operator would refuse', async () => {
    const c = await waitHealthy(app, cluster.id);
    const unknown = await post('switchover', { candidate: 'pg9' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json<{ message: string }>().message).toMatch(/candidate exists: no member "pg9"/);
    const toLeader = await post('switchover', { candidate: c.leader! });
    expect(toLeader.statusCode).toBe(422);
    const failover = await post('failover', { candidate: replicaOf(c) });
    expect(failover.statusCode).toBe(422);
    expect(failover.json<{ message: string }>().message).toMatch(/healthy leader: use a switchover/);
    const forcedWithoutConfirm = await post('failover', { candidate: replicaOf(c), force: true });
    expect(forcedWithoutConfirm.statusCode).toBe(422);
    expect((await post('switchover', { candidate: replicaOf(c) }, 'viewer')).statusCode).toBe(403);
    expect((await post('restart', { member: replicaOf(c) }, 'viewer')).statusCode).toBe(403);

    // One mutating job at a time: a scheduled switchover holds the cluster until it runs or is cancelled.
    const scheduled = await post('switchover', {
      candidate: replicaOf(c),
      scheduledAt: new Date(Date.now() + 120_000).toISOString(),
    });
    expect(scheduled.statusCode).toBe(202);
    const second = await post('reload');
    expect(second.statusCode).toBe(409);
    expect(second.json<{ message: string }>().message).toMatch(/busy with job/);
    const cancelled = await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${scheduled.json<Job>().id}/cancel`,
      headers: app.as.operator,
    });
    expect(cancelled.json<Job>().status).toBe('cancelled');
    expect((await getCluster(app, cluster.id)).leader).toBe(c.leader);
  });

  it('runs a scheduled switchover at its time', async () => {
    const c = await waitHealthy(app, cluster.id);
    const at = Date.now() + 6_000;
    const res = await post('switchover', { scheduledAt: new Date(at).toISOString() });
    expect(res.statusCode).toBe(202);
    const queued = res.json<Job>();
    expect(queued.status).toBe('queued');
    const job = await waitJobEnd(app, queued.id);
    expect(job.status, logText(job)).toBe('succeeded');
    expect(Date.parse(job.startedAt!)).toBeGreaterThanOrEqual(at);
    expect((await getCluster(app, cluster.id)).leader).not.toBe(c.leader);
  });

  it('restarts and reinitializes a replica', async () => {
    const c = await waitHealthy(app, cluster.id);
    const replica = replicaOf(c);
    const restart = await waitJobEnd(app, (await post('restart', { member: replica })).json<Job>().id);
    expect(restart.status, logText(restart)).toBe('succeeded');
    await waitHealthy(app, cluster.id);
    const reinit = await waitJobEnd(app, (await post('reinitialize', { member: replica })).json<Job>().id);
    expect(reinit.status, logText(reinit)).toBe('succeeded');
    const refusedLeader = await post('reinitialize', { member: c.leader! });
    expect(refusedLeader.statusCode).toBe(422);
    await waitHealthy(app, cluster.id);
  });

  it('fails over when forced with the cluster name typed again, and restarts the whole cluster rolling', async () => {
    const c = await waitHealthy(app, cluster.id);
    const candidate = replicaOf(c);
    const forced = await post('failover', { candidate, force: true, confirm: c.name });
    expect(forced.statusCode).toBe(202);
    const failover = await waitJobEnd(app, forced.json<Job>().id);
    expect(failover.status, logText(failover)).toBe('succeeded');
    expect((await getCluster(app, cluster.id)).leader).toBe(candidate);

    const after = await waitHealthy(app, cluster.id);
    const rolling = await waitJobEnd(
      app,
      (await post('restart', { switchoverFirst: true })).json<Job>().id,
      300_000,
    );
    expect(rolling.status, logText(rolling)).toBe('succeeded');
    const restarted = rolling.steps.filter((s) => s.name.startsWith('Restart ')).map((s) => s.name);
    // Replicas first, the old leader last, after handing over.
    expect(restarted.at(-1)).toBe(`Restart ${after.leader}`);
    expect(rolling.steps.some((s) => s.name.startsWith(`Switch over ${after.leader} →`))).toBe(true);
    await waitHealthy(app, cluster.id);
  });

  it('fails over without force when the leader is gone and Patroni, paused, will not', async () => {
    const c = await waitHealthy(app, cluster.id);
    const oldLeader = c.leader!;
    const candidate = replicaOf(c);
    expect((await waitJobEnd(app, (await post('pause')).json<Job>().id)).status).toBe('succeeded');
    try {
      await lab('crash', oldLeader);
      await eventually('the leader seen unreachable', async () => {
        const now = await getCluster(app, cluster.id);
        return now.members.find((m) => m.name === oldLeader)?.reachable === false ? now : undefined;
      });
      const res = await post('failover', { candidate });
      expect(res.statusCode, res.body).toBe(202);
      const job = await waitJobEnd(app, res.json<Job>().id);
      expect(job.status, logText(job)).toBe('succeeded');
      expect((await getCluster(app, cluster.id)).leader).toBe(candidate);
    } finally {
      await lab('restart', oldLeader);
      const resume = await post('resume');
      if (resume.statusCode === 202) await waitJobEnd(app, resume.json<Job>().id);
    }
    await waitHealthy(app, cluster.id);
  });

  it('pauses and resumes, with the state shown', async () => {
    await waitHealthy(app, cluster.id);
    const paused = await waitJobEnd(app, (await post('pause')).json<Job>().id);
    expect(paused.status, logText(paused)).toBe('succeeded');
    const c = await getCluster(app, cluster.id);
    expect(c.paused).toBe(true);
    expect(c.health.reasons.map((r) => r.code)).toContain('PAUSED');
    expect((await post('pause')).statusCode).toBe(422);
    const resumed = await waitJobEnd(app, (await post('resume')).json<Job>().id);
    expect(resumed.status, logText(resumed)).toBe('succeeded');
    expect((await getCluster(app, cluster.id)).paused).toBe(false);
  });

  it('applies a configuration change after showing its diff, and refuses a bad one', async () => {
    const c = await waitHealthy(app, cluster.id);
    const before = c.dynamicConfig?.maximum_lag_on_failover;
    const next = before === 2097152 ? 1048576 : 2097152;
    const patch = (payload: object) =>
      app.inject({
        method: 'PATCH',
        url: `/api/v1/clusters/${cluster.id}/config`,
        headers: app.as.operator,
        payload,
      });

    const dry = await patch({ changes: { maximum_lag_on_failover: next }, dryRun: true });
    expect(dry.statusCode).toBe(200);
    expect(dry.json<{ changes: { path: string; after: unknown }[] }>().changes).toEqual([
      {
        path: 'maximum_lag_on_failover',
        before: before ?? null,
        after: next,
        running: null,
        needsRestart: false,
        needsAdmin: false,
      },
    ]);
    const bad = await patch({ changes: { loop_wait: 30 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ message: string }>().message).toMatch(
      /loop_wait \+ 2 × retry_timeout must not exceed ttl/,
    );

    const applied = await patch({ changes: { maximum_lag_on_failover: next } });
    expect(applied.statusCode).toBe(202);
    const job = await waitJobEnd(app, applied.json<{ job: Job }>().job.id);
    expect(job.status, logText(job)).toBe('succeeded');
    const { tls } = await labClientTls();
    const answer = await httpRequest(`${c.members[0]!.apiUrl}/config`, {
      timeoutMs: 5_000,
      ...(tls ? { tls } : {}),
    });
    const patroni = JSON.parse(answer.body) as Record<string, unknown>;
    expect(patroni.maximum_lag_on_failover).toBe(next);
    await eventually('Keel to show the new value', async () =>
      (await getCluster(app, cluster.id)).dynamicConfig?.maximum_lag_on_failover === next ? true : undefined,
    );
  });
});
