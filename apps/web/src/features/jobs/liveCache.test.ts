import { QueryClient } from '@tanstack/react-query';
import type { JobDetail, JobList } from '@keel/shared';
import { describe, expect, it } from 'vitest';
import {
  appendLogLine,
  applyJobEvent,
  mergeFetchedDetail,
  mergeJobIntoDetail,
  upsertJob,
} from './liveCache.js';
import { jobKeys } from './queryKeys.js';
import { CLUSTER, detail, job, line } from './testData.js';

const at = '2026-01-01T12:00:05.000Z';
const older = job({ id: 'older', createdAt: '2026-01-01T11:00:00.000Z', status: 'succeeded' });

describe('upsertJob', () => {
  it('adds a new job first and keeps the list within its limit', () => {
    const old: JobList = { jobs: [older] };
    const next = upsertJob(old, job(), {});
    expect(next?.jobs.map((j) => j.id)).toEqual([job().id, 'older']);
    expect(upsertJob(old, job(), { limit: 1 })?.jobs.map((j) => j.id)).toEqual([job().id]);
  });

  it('replaces a job in place, and returns the old list when nothing changed', () => {
    const old: JobList = { jobs: [job(), older] };
    expect(upsertJob(old, job(), {})).toBe(old);
    const next = upsertJob(old, job({ status: 'succeeded' }), {});
    expect(next?.jobs[0]?.status).toBe('succeeded');
    expect(next?.jobs[1]).toBe(older);
  });

  it('follows the filter: other clusters stay out, a job leaves a status it no longer has', () => {
    const running: JobList = { jobs: [job()] };
    expect(upsertJob(running, job({ status: 'failed' }), { status: 'running' })?.jobs).toEqual([]);
    const elsewhere: JobList = { jobs: [] };
    expect(upsertJob(elsewhere, job(), { clusterId: 'other' })).toBe(elsewhere);
    expect(upsertJob(elsewhere, job(), { clusterId: CLUSTER })?.jobs).toHaveLength(1);
  });

  it('leaves a list that was never fetched alone', () => {
    expect(upsertJob(undefined, job(), {})).toBeUndefined();
  });
});

describe('mergeJobIntoDetail', () => {
  it('takes the new status and steps and keeps the log', () => {
    const old = detail();
    const next = mergeJobIntoDetail(old, job({ status: 'succeeded', result: 'pg1 → pg2' }));
    expect(next).toMatchObject({ status: 'succeeded', result: 'pg1 → pg2' });
    expect(next?.log).toBe(old.log);
  });

  it('never takes an ended job back to running', () => {
    const ended = detail({ status: 'succeeded' });
    expect(mergeJobIntoDetail(ended, job({ status: 'running' }))).toBe(ended);
  });
});

describe('appendLogLine', () => {
  it('appends a line once', () => {
    const once = appendLogLine(detail(), line('Patroni: switched over'));
    expect(once?.log.at(-1)?.message).toBe('Patroni: switched over');
    expect(appendLogLine(once, line('Patroni: switched over'))).toBe(once);
  });
});

describe('mergeFetchedDetail', () => {
  it('keeps lines the feed delivered while the request was under way', () => {
    const fresh = detail();
    const cached = detail({ log: [...fresh.log, line('newer', at)] });
    expect(mergeFetchedDetail(fresh, cached).log.map((l) => l.message)).toEqual([
      'ok: Healthy leader',
      'newer',
    ]);
    expect(mergeFetchedDetail(fresh, undefined)).toBe(fresh);
    expect(mergeFetchedDetail(fresh, detail())).toBe(fresh);
  });
});

describe('applyJobEvent', () => {
  it('updates every list and the detail from job.updated, and appends job.log lines', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData<JobList>(jobKeys.list({}), { jobs: [] });
    queryClient.setQueryData<JobList>(jobKeys.list({ clusterId: CLUSTER, limit: 5 }), { jobs: [older] });
    queryClient.setQueryData<JobDetail>(jobKeys.detail(job().id), detail({ status: 'queued' }));

    applyJobEvent(queryClient, { type: 'job.updated', at, job: job() });
    expect(queryClient.getQueryData<JobList>(jobKeys.list({}))?.jobs).toHaveLength(1);
    expect(
      queryClient.getQueryData<JobList>(jobKeys.list({ clusterId: CLUSTER, limit: 5 }))?.jobs,
    ).toHaveLength(2);
    expect(queryClient.getQueryData<JobDetail>(jobKeys.detail(job().id))?.status).toBe('running');

    applyJobEvent(queryClient, {
      type: 'job.log',
      at,
      jobId: job().id,
      clusterId: CLUSTER,
      line: line('New leader elected', at),
    });
    expect(queryClient.getQueryData<JobDetail>(jobKeys.detail(job().id))?.log).toHaveLength(2);
  });

  it('marks the detail for a refetch when the job ends', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData<JobDetail>(jobKeys.detail(job().id), detail());
    applyJobEvent(queryClient, { type: 'job.updated', at, job: job({ status: 'succeeded' }) });
    expect(queryClient.getQueryState(jobKeys.detail(job().id))?.isInvalidated).toBe(true);
  });
});
