import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobKind, KeelEvent, Principal } from '@keel/shared';
import { JobRepository } from '../src/jobs/repository.js';
import { JobRunner } from '../src/jobs/runner.js';
import { sleep } from '../src/jobs/sleep.js';
import type { JobDefinition, JobEnv } from '../src/jobs/types.js';
import { testApp } from './test-app.js';

type App = Awaited<ReturnType<typeof testApp>>;
const clusterId = '00000000-0000-4000-8000-0000000000aa';
const operator: Principal = {
  id: 'u',
  username: 'olga',
  role: 'operator',
  via: 'token',
  mustChangePassword: false,
};
const viewer: Principal = { ...operator, username: 'vic', role: 'viewer' };

/** A job that takes `ms`, step by step, and says what it did; reconcile says what "the cluster" says. */
function fakeDefinition(runs: string[]): JobDefinition<{ ms: number }> {
  return {
    kind: 'reload',
    access: 'operator',
    mutating: true,
    summary: (p) => `fake job of ${p.ms} ms`,
    prepare: async (p) => p,
    async run(ctx) {
      await ctx.step('Wait', async () => {
        await ctx.env.sleep(ctx.params.ms, ctx.signal);
        return { detail: `waited ${ctx.params.ms} ms` };
      });
      runs.push(ctx.jobId);
      return 'done';
    },
    reconcile: async () => ({ status: 'succeeded', reason: 'the cluster shows it done' }),
  };
}

describe('the job runner', () => {
  let app: App;
  const runs: string[] = [];
  const events: KeelEvent[] = [];
  let runner: JobRunner;
  const env: JobEnv = {
    clock: () => new Date(),
    sleep,
    patroni: {} as JobEnv['patroni'],
    actions: {} as JobEnv['actions'],
    state: () => undefined,
    pgSettings: async () => 'not used by these jobs',
    ssh: {} as JobEnv['ssh'], // not used by these jobs
    target: () => undefined,
    refreshView: async () => undefined,
    probe: async () => ({
      endpoint: '',
      ok: true,
      inRecovery: false,
      server: null,
      error: null,
      latencyMs: 0,
      checkedAt: null,
    }),
  };
  const makeRunner = () =>
    new JobRunner({
      repo: new JobRepository(app.db),
      definitions: new Map<JobKind, JobDefinition<unknown>>([['reload', fakeDefinition(runs)]]),
      envFor: () => env,
      publish: (e) => events.push(...e),
      clock: () => new Date(),
      log: app.log,
      audit: async () => undefined,
    });

  beforeAll(async () => {
    app = await testApp();
    runner = makeRunner();
  });
  afterAll(async () => app.close());

  const waitEnd = async (id: string) => {
    for (let i = 0; i < 200; i++) {
      const job = await app.db.job.findUniqueOrThrow({ where: { id } });
      if (!['queued', 'running'].includes(job.status)) return job;
      await sleep(25);
    }
    throw new Error('job did not end');
  };

  it('runs a job with its steps persisted and published, and refuses a second one on the same cluster', async () => {
    const job = await runner.submit('reload', clusterId, { ms: 200 }, operator);
    await expect(runner.submit('reload', clusterId, { ms: 1 }, operator)).rejects.toThrow(
      /busy with job .*fake job of 200 ms/,
    );
    const done = await waitEnd(job.id);
    expect(done.status).toBe('succeeded');
    expect(JSON.parse(done.steps)).toMatchObject([
      { name: 'Wait', status: 'succeeded', detail: 'waited 200 ms' },
    ]);
    expect(events.some((e) => e.type === 'job.log' && e.jobId === job.id)).toBe(true);
    expect(
      events
        .filter((e) => e.type === 'job.updated' && e.job.id === job.id)
        .map((e) => e.type === 'job.updated' && e.job.status),
    ).toContain('running');
  });

  it('lists jobs newest first, a page at a time', async () => {
    const repo = new JobRepository(app.db);
    const all = await repo.list({ clusterId });
    expect(all.length).toBeGreaterThanOrEqual(1);
    const [first, ...rest] = await repo.list({ clusterId, limit: 50 });
    const next = await repo.list({ clusterId, before: first!.id });
    expect(next.map((j) => j.id)).toEqual(rest.map((j) => j.id));
  });

  it('pages through many jobs created in the same millisecond without dropping any', async () => {
    const repo = new JobRepository(app.db);
    const sameMs = new Date('2026-03-01T12:00:00.000Z');
    const pagedCluster = '00000000-0000-4000-8000-0000000000bb';
    const created = [];
    for (let i = 0; i < 25; i++) {
      created.push(
        await repo.create({
          clusterId: pagedCluster,
          kind: 'reload',
          summary: `job ${i}`,
          params: {},
          requestedBy: 'olga',
          scheduledAt: null,
          createdAt: sameMs,
        }),
      );
    }
    const seen: string[] = [];
    let before: string | undefined;
    for (;;) {
      const page = await repo.list({ clusterId: pagedCluster, limit: 7, before });
      if (page.length === 0) break;
      seen.push(...page.map((j) => j.id));
      before = page.at(-1)!.id;
    }
    expect(seen).toHaveLength(25);
    expect(new Set(seen)).toEqual(new Set(created.map((j) => j.id)));
  });

  it('refuses a role below the operation and a time in the past', async () => {
    await expect(runner.submit('reload', clusterId, { ms: 1 }, viewer)).rejects.toThrow(
      /needs the operator role/,
    );
    await expect(
      runner.submit('reload', clusterId, { ms: 1 }, operator, '2001-01-01T00:00:00Z'),
    ).rejects.toThrow(/scheduledAt/);
  });

  it('runs a scheduled job at its time, and cancels one before it starts', async () => {
    const at = Date.now() + 400;
    const scheduled = await runner.submit(
      'reload',
      clusterId,
      { ms: 1 },
      operator,
      new Date(at).toISOString(),
    );
    expect(scheduled.status).toBe('queued');
    const done = await waitEnd(scheduled.id);
    expect(done.status).toBe('succeeded');
    expect(done.startedAt!.getTime()).toBeGreaterThanOrEqual(at);

    const later = await runner.submit(
      'reload',
      clusterId,
      { ms: 1 },
      operator,
      new Date(Date.now() + 60_000).toISOString(),
    );
    const cancelled = await runner.cancel(later.id, operator);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.result).toMatch(/cancelled by olga before it started/);
    expect(runs).not.toContain(later.id);
  });

  it('stops a running job between steps when cancelled, saying what it was doing', async () => {
    const job = await runner.submit('reload', clusterId, { ms: 5_000 }, operator);
    await sleep(100);
    const cancelled = await runner.cancel(job.id, operator);
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.result).toMatch(/cancelled by olga during the job/);
  });

  it('after a restart, reconciles a job left running instead of running it again', async () => {
    const job = await runner.submit('reload', clusterId, { ms: 5_000 }, operator);
    await sleep(100);
    await runner.stop(); // as at shutdown: the job stays "running" in the database
    expect((await app.db.job.findUniqueOrThrow({ where: { id: job.id } })).status).toBe('running');

    runner = makeRunner();
    await runner.recover();
    const done = await app.db.job.findUniqueOrThrow({ where: { id: job.id } });
    expect(done.status).toBe('succeeded');
    expect(done.result).toMatch(/Keel restarted during this job; the cluster shows it done/);
    expect(runs).not.toContain(job.id);
  });

  it('after a kill, ends every step that was left running with what reconcile found', async () => {
    const job = await runner.submit('reload', clusterId, { ms: 5_000 }, operator);
    await sleep(100);
    await runner.stop();
    // What SIGKILL leaves: the step as it was saved when it began.
    const killedMidStep = [
      {
        name: 'Wait',
        status: 'running',
        startedAt: new Date().toISOString(),
        finishedAt: null,
        detail: null,
      },
    ];
    await app.db.job.update({ where: { id: job.id }, data: { steps: JSON.stringify(killedMidStep) } });

    runner = makeRunner();
    await runner.recover();
    const done = await app.db.job.findUniqueOrThrow({ where: { id: job.id } });
    const steps = JSON.parse(done.steps) as {
      name: string;
      status: string;
      finishedAt: string | null;
      detail: string;
    }[];
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ name: 'Wait', status: 'succeeded' });
    expect(steps[0]!.finishedAt).not.toBeNull();
    expect(steps[0]!.detail).toBe('found after Keel restarted: the cluster shows it done');
  });
});
