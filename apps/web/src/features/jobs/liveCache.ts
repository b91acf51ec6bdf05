import { replaceEqualDeep, type QueryClient } from '@tanstack/react-query';
import type { Job, JobDetail, JobList, JobLogLine, KeelEvent } from '@keel/shared';
import type { JobFilter } from './api.js';
import { isActive } from './model.js';
import { jobKeys } from './queryKeys.js';

/** The server's default page of jobs; a list fetched without a limit holds at most this many. */
export const DEFAULT_JOB_LIMIT = 50;

export function jobMatches(job: Job, filter: JobFilter): boolean {
  if (filter.clusterId !== undefined && job.clusterId !== filter.clusterId) return false;
  if (filter.status !== undefined && job.status !== filter.status) return false;
  return true;
}

const newestFirst = (a: Job, b: Job) => Date.parse(b.createdAt) - Date.parse(a.createdAt);

/**
 * A list with the job brought up to date: replaced where it is, added in date order when it now matches the
 * filter (a new job, or one that reached the status filtered on), removed when it no longer does. `old` when
 * nothing changed.
 */
export function upsertJob(old: JobList | undefined, job: Job, filter: JobFilter): JobList | undefined {
  if (old === undefined) return old;
  const index = old.jobs.findIndex((j) => j.id === job.id);
  const current = old.jobs[index];
  if (!jobMatches(job, filter)) {
    return current === undefined ? old : { ...old, jobs: old.jobs.filter((j) => j.id !== job.id) };
  }
  if (current !== undefined) {
    const next = replaceEqualDeep(current, job);
    return next === current ? old : { ...old, jobs: old.jobs.with(index, next) };
  }
  const jobs = [...old.jobs, job].sort(newestFirst).slice(0, filter.limit ?? DEFAULT_JOB_LIMIT);
  return jobs.includes(job) ? { ...old, jobs } : old;
}

/** The detail with the job's new status and steps; its log stays. An ended job never goes back to active. */
export function mergeJobIntoDetail(old: JobDetail | undefined, job: Job): JobDetail | undefined {
  if (old === undefined || old.id !== job.id) return old;
  if (!isActive(old) && isActive(job)) return old;
  return replaceEqualDeep(old, { ...job, log: old.log });
}

const sameLine = (a: JobLogLine, b: JobLogLine) =>
  a.at === b.at && a.message === b.message && a.step === b.step;

/** How far back a line is looked for before it counts as new: events arrive in order, refetches overlap. */
const DEDUPE_WINDOW = 50;

export function appendLogLine(old: JobDetail | undefined, line: JobLogLine): JobDetail | undefined {
  if (old === undefined) return old;
  if (old.log.slice(-DEDUPE_WINDOW).some((known) => sameLine(known, line))) return old;
  return { ...old, log: [...old.log, line] };
}

/**
 * A freshly fetched detail, plus the lines the feed delivered while the request was under way: the server
 * read its log before they were written, so without this they would vanish until the next fetch.
 */
export function mergeFetchedDetail(fresh: JobDetail, cached: JobDetail | undefined): JobDetail {
  if (cached === undefined || cached.id !== fresh.id) return fresh;
  const lastAt = fresh.log.at(-1)?.at ?? '';
  const recent = fresh.log.slice(-DEDUPE_WINDOW);
  const extra = cached.log.filter(
    (line) => line.at >= lastAt && !recent.some((known) => sameLine(known, line)),
  );
  return extra.length === 0 ? fresh : { ...fresh, log: [...fresh.log, ...extra] };
}

function applyJob(queryClient: QueryClient, job: Job): void {
  for (const query of queryClient.getQueryCache().findAll({ queryKey: jobKeys.lists() })) {
    const filter = (query.queryKey[2] ?? {}) as JobFilter;
    queryClient.setQueryData<JobList>(query.queryKey, (old) => upsertJob(old, job, filter));
  }
  const key = jobKeys.detail(job.id);
  const before = queryClient.getQueryData<JobDetail>(key);
  queryClient.setQueryData<JobDetail>(key, (old) => mergeJobIntoDetail(old, job));
  // The end of a job: fetch its whole log once, in case a line was lost on the way.
  if (before !== undefined && isActive(before) && !isActive(job)) {
    void queryClient.invalidateQueries({ queryKey: key });
  }
}

/**
 * Writes the feed's job events into the query cache: the one path from the WebSocket to the job views.
 * After a (re)connect whatever happened meanwhile is unknown, so every job query is fetched again.
 */
export function applyJobEvent(queryClient: QueryClient, event: KeelEvent): void {
  if (event.type === 'job.updated') {
    applyJob(queryClient, event.job);
  } else if (event.type === 'job.log') {
    queryClient.setQueryData<JobDetail>(jobKeys.detail(event.jobId), (old) => appendLogLine(old, event.line));
  } else if (event.type === 'snapshot') {
    void queryClient.invalidateQueries({ queryKey: jobKeys.all });
  }
}
