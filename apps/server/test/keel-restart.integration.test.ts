import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Job } from '@keel/shared';
import { requireLabStatus } from '@keel/lab';
import { buildApp } from '../src/build-app.js';
import { loadConfig } from '../src/config.js';
import { labImportRequest } from '../scripts/lab-import.js';
import { eventually, lab } from './lab.js';
import { testPassword } from './test-app.js';

describe('Keel restarting in the middle of a switchover', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'keel-restart-'));
  const start = () => buildApp(loadConfig({ KEEL_DATA_DIR: dataDir }), false);

  afterAll(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    await lab('up');
  });

  it('reconciles the job with what the cluster says, instead of running it again', async () => {
    await lab('up');
    const first = await start();
    const user = await first.security.users.create({
      username: 'ops',
      password: testPassword,
      role: 'operator',
    });
    const { token } = await first.security.tokens.create(
      { id: user.id, role: 'operator' },
      { name: 't', role: 'operator' },
    );
    const adminUser = await first.security.users.create({
      username: 'root',
      password: testPassword,
      role: 'admin',
    });
    const admin = await first.security.tokens.create(
      { id: adminUser.id, role: 'admin' },
      { name: 'a', role: 'admin' },
    );
    const headers = { authorization: `Bearer ${token}` };

    const imported = await first.inject({
      method: 'POST',
      url: '/api/v1/clusters',
      headers: { authorization: `Bearer ${admin.token}` },
      payload: labImportRequest(await requireLabStatus()),
    });
    const clusterId = imported.json<{ id: string }>().id;
    const before = await eventually('a healthy lab in Keel', async () => {
      const s = first.observers.state(clusterId);
      return s?.health.level === 'healthy' ? s : undefined;
    });

    const res = await first.inject({
      method: 'POST',
      url: `/api/v1/clusters/${clusterId}/switchover`,
      headers,
      payload: {},
    });
    expect(res.statusCode).toBe(202);
    const jobId = res.json<Job>().id;
    // Stop Keel right after Patroni was asked, while the job waits for the new leader.
    await eventually(
      'the switchover to be requested',
      async () => {
        const job = await first.jobs.repo.find(jobId);
        return job && (job.facts as { requestedAt?: string }).requestedAt ? job : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 20 },
    );
    await first.close();

    const second = await start();
    try {
      const job = await eventually(
        'the job to be reconciled',
        async () => {
          const j = await second.jobs.repo.detail(jobId);
          return j && !['queued', 'running'].includes(j.status) ? j : undefined;
        },
        { timeoutMs: 90_000 },
      );
      expect(job.status, job.log.map((l) => l.message).join('\n')).toBe('succeeded');
      expect(job.result).toMatch(/Keel restarted during this job; it happened: the switchover/);
      expect(job.steps.filter((s) => s.status === 'running')).toEqual([]);
      const after = await eventually('the new leader', async () => {
        const s = second.observers.state(clusterId);
        return s?.leader && s.leader !== before.leader ? s : undefined;
      });
      expect(after.leader).not.toBe(before.leader);
    } finally {
      await second.close();
    }
  });
});
