import type {
  ActivityEvent,
  ClusterActivity,
  ClusterDetail,
  ClusterList,
  ImportClusterRequest,
  LagHistory,
  UpdateClusterRequest,
} from '@keel/shared';
import { apiGet, apiRequest } from '../../api/http.js';

const CLUSTERS_PATH = '/api/v1/clusters';
const clusterPath = (id: string) => `${CLUSTERS_PATH}/${encodeURIComponent(id)}`;

export function fetchClusters(signal?: AbortSignal): Promise<ClusterList> {
  return apiGet<ClusterList>(CLUSTERS_PATH, signal);
}

export function fetchCluster(id: string, signal?: AbortSignal): Promise<ClusterDetail> {
  return apiGet<ClusterDetail>(clusterPath(id), signal);
}

export function fetchLagHistory(id: string, signal?: AbortSignal): Promise<LagHistory> {
  return apiGet<LagHistory>(`${clusterPath(id)}/lag`, signal);
}

/** The activity Keel kept for the cluster, newest first. */
export async function fetchActivity(id: string, signal?: AbortSignal): Promise<ActivityEvent[]> {
  return (await apiGet<ClusterActivity>(`${clusterPath(id)}/activity`, signal)).events;
}

/** Asks Keel to re-read the cluster from every source now; answers the state after it. */
export function refreshCluster(id: string): Promise<ClusterDetail> {
  return apiRequest<ClusterDetail>(`${clusterPath(id)}/refresh`, { method: 'POST' });
}

export function importCluster(request: ImportClusterRequest): Promise<ClusterDetail> {
  return apiRequest<ClusterDetail>(CLUSTERS_PATH, { method: 'POST', body: request });
}

/** Changes how Keel reaches the cluster; Keel reconnects with the new settings at once. */
export function updateCluster(id: string, patch: UpdateClusterRequest): Promise<ClusterDetail> {
  return apiRequest<ClusterDetail>(clusterPath(id), { method: 'PATCH', body: patch });
}

export function removeCluster(id: string): Promise<void> {
  return apiRequest<void>(clusterPath(id), { method: 'DELETE' });
}
