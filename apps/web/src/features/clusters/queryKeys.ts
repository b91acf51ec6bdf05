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
 * What the live feed saw happen, per cluster. Kept outside `clusterKeys.all` on purpose: it is not server
 * state, nothing can refetch it, and invalidating the clusters must not wipe it.
 */
export const activityKeys = {
  all: ['live-activity'] as const,
  cluster: (id: string) => [...activityKeys.all, id] as const,
};
