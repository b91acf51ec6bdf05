/** Query keys for the clusters area; everything under `all` can be invalidated together. */
export const clusterKeys = {
  all: ['clusters'] as const,
  list: () => [...clusterKeys.all, 'list'] as const,
  details: () => [...clusterKeys.all, 'detail'] as const,
  detail: (id: string) => [...clusterKeys.details(), id] as const,
  lags: () => [...clusterKeys.all, 'lag'] as const,
  lag: (id: string) => [...clusterKeys.lags(), id] as const,
};

/**
 * What happened to each cluster: kept by the server (GET /clusters/{id}/activity), live events appended.
 * Outside `clusterKeys.all`: a refetch of the clusters has no reason to fetch it again.
 */
export const activityKeys = {
  all: ['live-activity'] as const,
  cluster: (id: string) => [...activityKeys.all, id] as const,
};
