import type { Job, JobDetail, JobList, JobStatus } from '@keel/shared';
import { apiGet, apiRequest } from '../../api/http.js';

const JOBS_PATH = '/api/v1/jobs';
const jobPath = (id: string) => `${JOBS_PATH}/${encodeURIComponent(id)}`;

export interface JobFilter {
  clusterId?: string;
  status?: JobStatus;
  limit?: number;
}

export function jobsQueryString(filter: JobFilter): string {
  const params = new URLSearchParams();
  if (filter.clusterId !== undefined) params.set('clusterId', filter.clusterId);
  if (filter.status !== undefined) params.set('status', filter.status);
  if (filter.limit !== undefined) params.set('limit', String(filter.limit));
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

export function fetchJobs(filter: JobFilter, signal?: AbortSignal): Promise<JobList> {
  return apiGet<JobList>(`${JOBS_PATH}${jobsQueryString(filter)}`, signal);
}

export function fetchJob(id: string, signal?: AbortSignal): Promise<JobDetail> {
  return apiGet<JobDetail>(jobPath(id), signal);
}

export function cancelJob(id: string): Promise<Job> {
  return apiRequest<Job>(`${jobPath(id)}/cancel`, { method: 'POST' });
}
