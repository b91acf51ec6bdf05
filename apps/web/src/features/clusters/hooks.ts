import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ActivityEvent, ClusterDetail, ImportClusterRequest, UpdateClusterRequest } from '@keel/shared';
import {
  fetchActivity,
  fetchCluster,
  fetchClusters,
  fetchLagHistory,
  importCluster,
  refreshCluster,
  removeCluster,
  updateCluster,
} from './api.js';
import { mergeActivity } from './liveCache.js';
import { activityKeys, clusterKeys } from './queryKeys.js';

// The live feed keeps these current; the refetch only catches what a lost event would leave stale.
const SAFETY_REFETCH_MS = 60_000;

export function useClusters() {
  return useQuery({
    queryKey: clusterKeys.list(),
    queryFn: ({ signal }) => fetchClusters(signal),
    refetchInterval: SAFETY_REFETCH_MS,
  });
}

export function useCluster(id: string) {
  return useQuery({
    queryKey: clusterKeys.detail(id),
    queryFn: ({ signal }) => fetchCluster(id, signal),
    refetchInterval: SAFETY_REFETCH_MS,
  });
}

export function useLagHistory(id: string) {
  return useQuery({
    queryKey: clusterKeys.lag(id),
    queryFn: ({ signal }) => fetchLagHistory(id, signal),
    // Live samples are appended from the feed; a fresh history is fetched after a reconnect.
    staleTime: Infinity,
  });
}

const noActivity: ActivityEvent[] = [];

/**
 * The cluster's leader, role and health changes: what Keel kept (fetched when the page opens, and after
 * the live feed reconnects), with the live feed's events appended as they come (liveCache.ts).
 */
export function useClusterActivity(id: string) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: activityKeys.cluster(id),
    queryFn: async ({ signal }) =>
      mergeActivity(
        queryClient.getQueryData<ActivityEvent[]>(activityKeys.cluster(id)),
        await fetchActivity(id, signal),
      ),
    staleTime: Infinity,
  });
  return { events: query.data ?? noActivity, error: query.error, pending: query.isPending };
}

export function useImportCluster() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ImportClusterRequest) => importCluster(request),
    onSuccess: (cluster: ClusterDetail) => {
      queryClient.setQueryData(clusterKeys.detail(cluster.id), cluster);
      void queryClient.invalidateQueries({ queryKey: clusterKeys.list() });
    },
  });
}

export function useRemoveCluster(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => removeCluster(id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: clusterKeys.detail(id) });
      queryClient.removeQueries({ queryKey: clusterKeys.lag(id) });
      queryClient.removeQueries({ queryKey: activityKeys.cluster(id) });
      void queryClient.invalidateQueries({ queryKey: clusterKeys.list() });
    },
  });
}

/** "Re-read now": Keel re-reads every source of the cluster and the page shows what it found. */
export function useRefreshCluster(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => refreshCluster(id),
    onSuccess: (cluster: ClusterDetail) => queryClient.setQueryData(clusterKeys.detail(id), cluster),
  });
}

export function useUpdateCluster(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: UpdateClusterRequest) => updateCluster(id, patch),
    onSuccess: (cluster: ClusterDetail) => {
      queryClient.setQueryData(clusterKeys.detail(id), cluster);
      void queryClient.invalidateQueries({ queryKey: clusterKeys.list() });
      // The credentials page lists which clusters use each login.
      void queryClient.invalidateQueries({ queryKey: ['credentials'] });
    },
  });
}
