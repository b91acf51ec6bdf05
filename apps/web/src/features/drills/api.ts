import type { DrillKind, DrillList, Job } from '@keel/shared';
import { apiGet, apiRequest } from '../../api/http.js';

const clusterPath = (id: string) => `/api/v1/clusters/${encodeURIComponent(id)}`;

export function fetchDrills(clusterId: string, signal?: AbortSignal): Promise<DrillList> {
  return apiGet<DrillList>(`${clusterPath(clusterId)}/drills`, signal);
}

/** Starts a drill; the server answers 202 with the job that runs it. */
export function startDrill(clusterId: string, kind: DrillKind): Promise<Job> {
  return apiRequest<Job>(`${clusterPath(clusterId)}/drill`, { method: 'POST', body: { kind } });
}
