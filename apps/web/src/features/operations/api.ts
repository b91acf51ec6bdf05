import type { ConfigPreview, Job, PrecheckResult } from '@keel/shared';
import { apiGet, apiRequest } from '../../api/http.js';
import type { OperationKind } from './operation.js';

const clusterPath = (id: string) => `/api/v1/clusters/${encodeURIComponent(id)}`;

/** Starts an operation; the server answers 202 with the job that carries it out. */
export function startOperation(clusterId: string, kind: OperationKind, body: Record<string, unknown>) {
  return apiRequest<Job>(`${clusterPath(clusterId)}/${kind}`, { method: 'POST', body });
}

export function fetchSwitchoverPrecheck(
  clusterId: string,
  candidate: string | undefined,
  signal?: AbortSignal,
): Promise<PrecheckResult> {
  const query = candidate ? `?candidate=${encodeURIComponent(candidate)}` : '';
  return apiGet<PrecheckResult>(`${clusterPath(clusterId)}/switchover/precheck${query}`, signal);
}

/** A dry run answers 200 with the diff; a real change 202 with the diff and its job. */
export function patchConfig(
  clusterId: string,
  changes: Record<string, unknown>,
  dryRun: boolean,
): Promise<ConfigPreview> {
  return apiRequest<ConfigPreview>(`${clusterPath(clusterId)}/config`, {
    method: 'PATCH',
    body: { changes, dryRun },
  });
}
