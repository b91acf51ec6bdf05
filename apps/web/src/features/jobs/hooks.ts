import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Job, JobDetail } from '@keel/shared';
import { useLiveFeedStatus } from '../../api/liveFeedContext.js';
import { cancelJob, fetchJob, fetchJobs, type JobFilter } from './api.js';
import { applyJobEvent, mergeFetchedDetail } from './liveCache.js';
import { isActive } from './model.js';
import { jobKeys } from './queryKeys.js';

// The live feed keeps jobs current. While one runs, a slow refetch catches a line lost on the way, and a
// quicker one stands in for the feed while it is down. A finished job is not polled.
const ACTIVE_REFETCH_MS = 10_000;
const NO_FEED_REFETCH_MS = 3_000;
const LIST_REFETCH_MS = 60_000;

export function useJobs(filter: JobFilter) {
  const feed = useLiveFeedStatus();
  return useQuery({
    queryKey: jobKeys.list(filter),
    queryFn: ({ signal }) => fetchJobs(filter, signal),
    refetchInterval: feed.state === 'live' ? LIST_REFETCH_MS : NO_FEED_REFETCH_MS,
  });
}

export function useJob(id: string) {
  const queryClient = useQueryClient();
  const feed = useLiveFeedStatus();
  return useQuery({
    queryKey: jobKeys.detail(id),
    queryFn: async ({ signal }) =>
      mergeFetchedDetail(await fetchJob(id, signal), queryClient.getQueryData<JobDetail>(jobKeys.detail(id))),
    refetchInterval: (query) => {
      const job = query.state.data;
      if (job !== undefined && !isActive(job)) return false;
      return feed.state === 'live' ? ACTIVE_REFETCH_MS : NO_FEED_REFETCH_MS;
    },
  });
}

/** Puts a job the server just answered with into the cache, as the feed would, before its event arrives. */
export function useRecordJob() {
  const queryClient = useQueryClient();
  return (job: Job) => applyJobEvent(queryClient, { type: 'job.updated', at: job.createdAt, job });
}

export function useCancelJob() {
  const record = useRecordJob();
  return useMutation({
    mutationFn: (id: string) => cancelJob(id),
    onSuccess: record,
  });
}
