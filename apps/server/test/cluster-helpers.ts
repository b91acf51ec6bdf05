import { expect } from 'vitest';
import type { ClusterDetail, JobDetail } from '@keel/shared';
import { requireLabStatus } from '@keel/lab';
import { labImportRequest } from '../scripts/lab-import.js';
import { eventually } from './lab.js';
import type { testApp } from './test-app.js';

type App = Awaited<ReturnType<typeof testApp>>;

export async function importLab(app: App): Promise<ClusterDetail> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/clusters',
    headers: app.as.admin,
    payload: labImportRequest(await requireLabStatus()),
  });
  expect(res.statusCode).toBe(201);
  return res.json<ClusterDetail>();
}

export async function getCluster(app: App, id: string): Promise<ClusterDetail> {
  const res = await app.inject({ method: 'GET', url: `/api/v1/clusters/${id}`, headers: app.as.viewer });
  expect(res.statusCode).toBe(200);
  return res.json<ClusterDetail>();
}

/** Healthy as Keel sees it: a leader, every member streaming or running, the write probe ok. */
export function waitHealthy(app: App, id: string, timeoutMs = 120_000): Promise<ClusterDetail> {
  return eventually(
    'a healthy cluster',
    async () => {
      const c = await getCluster(app, id);
      const ready =
        c.leader &&
        c.members.every((m) => m.reachable && ['streaming', 'running'].includes(m.state)) &&
        c.haproxy.readWrite?.ok;
      return ready && c.health.level === 'healthy' ? c : undefined;
    },
    { timeoutMs, intervalMs: 500 },
  );
}

export function waitJobEnd(app: App, jobId: string, timeoutMs = 180_000): Promise<JobDetail> {
  return eventually(
    `job ${jobId} to end`,
    async () => {
      const res = await app.inject({ method: 'GET', url: `/api/v1/jobs/${jobId}`, headers: app.as.viewer });
      const job = res.json<JobDetail>();
      return ['queued', 'running'].includes(job.status) ? undefined : job;
    },
    { timeoutMs, intervalMs: 500 },
  );
}

/** The job's log as text, for assertion messages. */
export const logText = (job: JobDetail): string =>
  job.log.map((l) => `${l.at} ${l.level} ${l.message}`).join('\n');
