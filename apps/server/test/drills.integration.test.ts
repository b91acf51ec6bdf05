import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClusterDetail, DrillKind, DrillList, Job, JobDetail, Schedule } from '@keel/shared';
import { requireLabStatus, SteadyWriter } from '@keel/lab';
import { labHostAccess, labSshCredential } from '../scripts/lab-import.js';
import { probeClientTimeoutMs } from '../src/drills/probe-workload.js';
import { getCluster, importLab, logText, waitHealthy, waitJobEnd } from './cluster-helpers.js';
import { eventually, lab, labClientTls } from './lab.js';
import { testApp } from './test-app.js';

// Every drill kind end to end on the lab, each checked against a writer the test runs itself through
// HAProxy (SteadyWriter: its own code, a write every 50 ms on its own connection, the same client timeout
// as the drill's workload): the report's write downtime must agree within 0.5 s and its lost count exactly. The faults reach the leader's host over SSH, as on real hosts.

type App = Awaited<ReturnType<typeof testApp>>;
let app: App;
let cluster: ClusterDetail;

const drill = (kind: string, as: 'operator' | 'viewer' = 'operator') =>
  app.inject({
    method: 'POST',
    url: `/api/v1/clusters/${cluster.id}/drill`,
    headers: app.as[as],
    payload: { kind },
  });

async function independentWriter(): Promise<SteadyWriter> {
  const status = await requireLabStatus();
  const writer = new SteadyWriter(
    {
      host: status.haproxy.readWrite.host,
      port: status.haproxy.readWrite.port,
      user: status.credentials.superuser.username,
      password: status.credentials.superuser.password,
      database: 'postgres',
      ssl: (await labClientTls()).pgSsl,
    },
    'keel_drill_check',
    { intervalMs: 50, timeoutMs: probeClientTimeoutMs, maxInFlight: 100 },
  );
  await writer.start();
  return writer;
}

/** Runs one drill with an independent writer beside it; answers the job, the report and the writer. */
async function runDrill(kind: DrillKind) {
  await waitHealthy(app, cluster.id);
  const writer = await independentWriter();
  const res = await drill(kind);
  expect(res.statusCode, res.body).toBe(202);
  const job = await waitJobEnd(app, res.json<Job>().id, 400_000);
  await writer.stop();
  const list = await app.inject({
    method: 'GET',
    url: `/api/v1/clusters/${cluster.id}/drills`,
    headers: app.as.viewer,
  });
  const report = list.json<DrillList>().drills.find((d) => d.jobId === job.id)?.report;
  expect(job.status, logText(job)).toBe('succeeded');
  expect(report, logText(job)).toBeTruthy();
  const missing = await writer.missing();
  const faultAt = Date.parse(report!.faultAt);
  const lostAt = writer.acked.filter((a) => missing.includes(a.id)).map((a) => a.at - faultAt);
  console.log(
    `drill ${kind}: report write downtime ${report!.writeDowntimeMs} ms (bound ${report!.bound.ms} ms), ` +
      `read downtime ${report!.readDowntimeMs} ms, ${report!.writes.lost} of ${report!.writes.acknowledged} lost; ` +
      `independent writer gap ${writer.longestGapMs()} ms, ${missing.length} of ${writer.acked.length} lost` +
      `${lostAt.length > 0 ? ` (acknowledged at ${lostAt.join(', ')} ms after the fault)` : ''}; ` +
      `split ${JSON.stringify(report!.split)}; ${job.result}`,
  );
  expect(Math.abs(report!.writeDowntimeMs - writer.longestGapMs())).toBeLessThanOrEqual(500);
  expect(report!.writes.lost).toBe(missing.length);
  return { job, report: report!, writer };
}

const stepNames = (job: JobDetail) => job.steps.map((s) => s.name);

describe('failover drills on the lab', () => {
  beforeAll(async () => {
    await lab('up');
    app = await testApp();
    cluster = await importLab(app);
    const status = await requireLabStatus();
    const ssh = await app.security.credentials.create(labSshCredential(status));
    const patched = await app.inject({
      method: 'PATCH',
      url: `/api/v1/clusters/${cluster.id}`,
      headers: app.as.admin,
      payload: { hostAccess: labHostAccess(ssh.id, status) },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json<ClusterDetail>().hostAccess).toMatchObject({
      credentialName: 'lab hosts (root)',
      username: 'root',
    });
  });

  afterAll(async () => {
    await app?.close();
    await lab('up');
  });

  it('a planned switchover loses no acknowledged write, and its report explains the bound', async () => {
    const { job, report } = await runDrill('planned-switchover');
    expect(report.writes.lost).toBe(0);
    expect(report.newLeader).not.toBe(report.oldLeader);
    expect(report.events.map((e) => e.name)).toEqual(
      expect.arrayContaining(['fault-injected', 'new-leader', 'first-write', 'rejoined']),
    );
    expect(report.bound.explanation).toMatch(/loop_wait 2 s/);
    expect(stepNames(job)).toEqual([
      'Preflight',
      'Start probe workload',
      'Inject fault: planned-switchover',
      'New leader elected',
      'Writes back',
      'Old leader back as a replica',
      'Cluster healthy',
      'Check acknowledged writes',
    ]);
  });

  const endToEnd = async (kind: DrillKind) => {
    const { job, report } = await runDrill(kind);
    expect(stepNames(job)).toContain('Reach the leader host');
    if (kind !== 'postgres-killed') {
      expect(stepNames(job)).toContain('Undo the fault');
      expect(report.newLeader).not.toBeNull();
      expect(report.split.detectMs).not.toBeNull();
    }
    if (['host-lost', 'network-isolated', 'frozen'].includes(kind))
      expect(report.bound.explanation).toMatch(/ttl 20 s/);
    const after = await waitHealthy(app, cluster.id);
    expect(after.members.every((m) => ['streaming', 'running'].includes(m.state))).toBe(true);
    return report;
  };

  it.each<DrillKind>(['patroni-stopped', 'postgres-killed'])(
    'the %s drill runs end to end over SSH and leaves the cluster healthy',
    async (kind) => void (await endToEnd(kind)),
    420_000,
  );

  // Unplanned failovers with asynchronous replication may lose the last commits, a different few for
  // each client; with synchronous_mode on none is lost, for the drill's workload as for the witness.
  describe('with synchronous replication', () => {
    const synchronous = async (on: boolean) => {
      const res = await app.inject({
        method: 'PATCH',
        url: `/api/v1/clusters/${cluster.id}/config`,
        headers: app.as.operator,
        payload: { changes: { synchronous_mode: on } },
      });
      // Already so (an earlier run stopped half way): nothing to change.
      if (res.statusCode !== 422 || !res.body.includes('Nothing would change')) {
        expect(res.statusCode, res.body).toBe(202);
        const job = await waitJobEnd(app, res.json<{ job: Job }>().job.id);
        expect(job.status, logText(job)).toBe('succeeded');
      }
      await eventually('a synchronous standby', async () => {
        const c = await waitHealthy(app, cluster.id);
        // The leader's pg_stat_replication says it: a standby whose sync_state is sync.
        return !on || c.replication?.standbys.some((st) => st.syncState === 'sync') ? c : undefined;
      });
    };
    beforeAll(() => synchronous(true), 240_000);
    afterAll(() => synchronous(false), 240_000);

    it.each<DrillKind>(['host-lost', 'network-isolated', 'frozen'])(
      'the %s drill runs end to end over SSH, loses no acknowledged write and leaves the cluster healthy',
      async (kind) => {
        const report = await endToEnd(kind);
        expect(report.writes.lost).toBe(0);
        expect(report.warnings.join()).not.toMatch(/asynchronous/);
      },
      420_000,
    );
  });

  it('refuses a viewer, an unknown kind, a paused cluster and a second job', async () => {
    await waitHealthy(app, cluster.id);
    expect((await drill('planned-switchover', 'viewer')).statusCode).toBe(403);
    const unknown = await drill('explode');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<{ message: string }>().message).toMatch(/planned-switchover/);

    const pause = await app.inject({
      method: 'POST',
      url: `/api/v1/clusters/${cluster.id}/pause`,
      headers: app.as.operator,
      payload: {},
    });
    await waitJobEnd(app, pause.json<Job>().id);
    const paused = await drill('frozen');
    expect(paused.statusCode).toBe(422);
    expect(paused.json<{ message: string }>().message).toMatch(/maintenance mode is on/);
    const resume = await app.inject({
      method: 'POST',
      url: `/api/v1/clusters/${cluster.id}/resume`,
      headers: app.as.operator,
      payload: {},
    });
    await waitJobEnd(app, resume.json<Job>().id);
    await waitHealthy(app, cluster.id);

    const first = await drill('planned-switchover');
    expect(first.statusCode).toBe(202);
    const second = await drill('planned-switchover');
    expect(second.statusCode).toBe(409);
    expect(second.json<{ message: string }>().message).toMatch(/busy with job/);
    await waitJobEnd(app, first.json<Job>().id, 300_000);
    expect((await getCluster(app, cluster.id)).paused).toBe(false);
  }, 400_000);

  it('a scheduled drill runs by its cron expression; bad expressions and viewers are refused', async () => {
    await waitHealthy(app, cluster.id);
    const url = `/api/v1/clusters/${cluster.id}/schedules`;
    const create = (cron: string, as: 'operator' | 'viewer' = 'operator') =>
      app.inject({
        method: 'POST',
        url,
        headers: app.as[as],
        payload: { kind: 'drill', params: { kind: 'planned-switchover' }, cron },
      });
    const bad = await create('every month');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ message: string }>().message).toMatch(/five fields/);
    expect((await create('* * * * *', 'viewer')).statusCode).toBe(403);

    const made = await create('* * * * *');
    expect(made.statusCode, made.body).toBe(201);
    const schedule = made.json<Schedule>();
    expect(Date.parse(schedule.nextRunAt!) - Date.now()).toBeLessThanOrEqual(60_000);
    const fired = await eventually(
      'the scheduled drill to start',
      async () => {
        const list = await app.inject({ method: 'GET', url, headers: app.as.viewer });
        return (
          list.json<{ schedules: Schedule[] }>().schedules.find((s) => s.id === schedule.id)?.lastJobId ??
          undefined
        );
      },
      { timeoutMs: 90_000, intervalMs: 1_000 },
    );
    const off = await app.inject({
      method: 'PATCH',
      url: `/api/v1/schedules/${schedule.id}`,
      headers: app.as.operator,
      payload: { enabled: false },
    });
    expect(off.json<Schedule>().nextRunAt).toBeNull();
    const job = await waitJobEnd(app, fired, 300_000);
    expect(job.status, logText(job)).toBe('succeeded');
    expect(job.requestedBy).toBe('operator (schedule)');
    const removed = await app.inject({
      method: 'DELETE',
      url: `/api/v1/schedules/${schedule.id}`,
      headers: app.as.operator,
    });
    expect(removed.statusCode).toBe(204);
  }, 400_000);
});
