import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobKind, Principal } from '@keel/shared';
import { JobRepository } from '../src/jobs/repository.js';
import { JobRunner } from '../src/jobs/runner.js';
import { sleep } from '../src/jobs/sleep.js';
import type { JobDefinition, JobEnv } from '../src/jobs/types.js';
import { testApp } from './test-app.js';

type App = Awaited<ReturnType<typeof testApp>>;
const admin: Principal = { id: 'u', username: 'ada', role: 'admin', via: 'token', mustChangePassword: false };

/**
 * A job on a set of hosts, as preparing machines for a new cluster will be: it holds its hosts, not a
 * cluster, until it ends (when `release` resolves).
 */
function hostsJob(release: Promise<void>): JobDefinition<{ hosts: string[] }> {
  return {
    kind: 'reload', // any kind name: the runner goes by the definition it is given
    access: 'operator',
    mutating: true,
    targetOf: (p) => ({ kind: 'hosts', hosts: p.hosts }),
    summary: (p) => `prepare ${p.hosts.join(', ')}`,
    prepare: async (p) => p,
    run: async () => {
      await release;
      return 'prepared';
    },
    reconcile: async () => ({ status: 'interrupted', reason: 'not used here' }),
  };
}

describe('the busy-lock is keyed by what a job acts on', () => {
  let app: App;
  let finish: () => void = () => undefined;
  let runner: JobRunner;
  beforeAll(async () => {
    app = await testApp();
    const released = new Promise<void>((resolve) => (finish = resolve));
    runner = new JobRunner({
      repo: new JobRepository(app.db),
      definitions: new Map<JobKind, JobDefinition<unknown>>([['reload', hostsJob(released)]]),
      envFor: () => ({ clock: () => new Date(), sleep, state: () => undefined }) as unknown as JobEnv,
      publish: () => undefined,
      clock: () => new Date(),
      log: app.log,
      audit: async () => undefined,
    });
  });
  afterAll(async () => app.close());

  it('refuses a second job on a shared host, lets one on other hosts through, and frees the hosts at the end', async () => {
    const first = await runner.submit(
      'reload',
      { kind: 'hosts', hosts: ['db1', 'db2'] },
      { hosts: ['db1', 'db2'] },
      admin,
    );
    expect(first.clusterId).toBeNull();
    await expect(
      runner.submit('reload', { kind: 'hosts', hosts: ['db2', 'db3'] }, { hosts: ['db2', 'db3'] }, admin),
    ).rejects.toThrow(/^Host db2 is busy with job .*prepare db1, db2/);
    const other = await runner.submit('reload', { kind: 'hosts', hosts: ['db3'] }, { hosts: ['db3'] }, admin);
    expect(other.status).toBe('queued');

    finish();
    for (let i = 0; i < 200; i++) {
      const jobs = await app.db.job.findMany({ where: { id: { in: [first.id, other.id] } } });
      if (jobs.every((j) => j.status === 'succeeded')) break;
      await sleep(25);
    }
    const again = await runner.submit('reload', { kind: 'hosts', hosts: ['db2'] }, { hosts: ['db2'] }, admin);
    expect(again.status).toBe('queued');
  });
});
