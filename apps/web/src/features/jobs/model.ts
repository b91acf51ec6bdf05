import { jobKinds, type Job, type JobKind, type JobStatus, type JobStep } from '@keel/shared';
import type { Tone } from '../../ui/Badge.js';

export const JOB_STATUSES: readonly JobStatus[] = [
  'queued',
  'running',
  'succeeded',
  'failed',
  'interrupted',
  'cancelled',
];

const STATUS: Record<JobStatus, { tone: Tone; label: string }> = {
  queued: { tone: 'neutral', label: 'Queued' },
  running: { tone: 'info', label: 'Running' },
  succeeded: { tone: 'ok', label: 'Succeeded' },
  failed: { tone: 'critical', label: 'Failed' },
  interrupted: { tone: 'warn', label: 'Interrupted' },
  cancelled: { tone: 'neutral', label: 'Cancelled' },
};

export const jobStatusTone = (status: JobStatus): Tone => STATUS[status].tone;
export const jobStatusLabel = (status: JobStatus): string => STATUS[status].label;

/** Queued or running: it can still change, and be cancelled. */
export const isActive = (job: Pick<Job, 'status'>): boolean =>
  job.status === 'queued' || job.status === 'running';

const STEP_TONE: Record<JobStep['status'], Tone> = {
  running: 'info',
  succeeded: 'ok',
  failed: 'critical',
  skipped: 'neutral',
};
export const stepTone = (status: JobStep['status']): Tone => STEP_TONE[status];

export const jobKindLabel = (kind: JobKind): string => jobKinds[kind].label;

/** How long a job took (or has taken so far), in seconds; null before it started. */
export function jobSeconds(job: Pick<Job, 'startedAt' | 'finishedAt'>, now: number): number | null {
  if (job.startedAt === null) return null;
  const end = job.finishedAt === null ? now : Date.parse(job.finishedAt);
  return Math.max(0, (end - Date.parse(job.startedAt)) / 1000);
}

/** "0.8 s", "12 s", "3 min 5 s": durations of steps and jobs, which are mostly short. */
export function formatSeconds(seconds: number): string {
  if (seconds < 10) return `${seconds.toFixed(1)} s`;
  if (seconds < 60) return `${Math.round(seconds)} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds - minutes * 60);
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
