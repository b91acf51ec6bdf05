import type { Job, JobDetail, JobLogLine } from '@keel/shared';

// Fixtures for unit tests: shaped like the jobs the server reports for the lab.

export const CLUSTER = '9ca91ac6-805b-46c8-9e29-a7f0d6b5fac7';

export function job(overrides: Partial<Job> = {}): Job {
  return {
    id: '7a1f0d4c-0000-4000-8000-000000000001',
    clusterId: CLUSTER,
    kind: 'switchover',
    summary: 'Switchover pg1 → pg2',
    params: { candidate: 'pg2' },
    status: 'running',
    requestedBy: 'admin',
    createdAt: '2026-01-01T12:00:00.000Z',
    scheduledAt: null,
    startedAt: '2026-01-01T12:00:00.100Z',
    finishedAt: null,
    result: null,
    steps: [
      {
        name: 'Pre-checks',
        status: 'succeeded',
        startedAt: '2026-01-01T12:00:00.100Z',
        finishedAt: '2026-01-01T12:00:00.200Z',
        detail: 'pg1 leads on timeline 4',
      },
    ],
    ...overrides,
  };
}

export function line(message: string, at = '2026-01-01T12:00:01.000Z'): JobLogLine {
  return { at, level: 'info', step: 'Pre-checks', message };
}

export function detail(overrides: Partial<JobDetail> = {}): JobDetail {
  return { ...job(), log: [line('ok: Healthy leader', '2026-01-01T12:00:00.150Z')], ...overrides };
}
