import { useMutation, useQuery } from '@tanstack/react-query';
import type { Job } from '@keel/shared';
import { useRecordJob } from '../jobs/hooks.js';
import { fetchSwitchoverPrecheck, patchConfig, startOperation } from './api.js';
import { requestBody, type Operation, type OperationOptions } from './operation.js';
import { operationKeys } from './queryKeys.js';

// The checks look at live state: a replica can fall behind while the dialog is open.
const PRECHECK_REFRESH_MS = 5_000;

export function useSwitchoverPrecheck(clusterId: string, candidate: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: operationKeys.switchoverPrecheck(clusterId, candidate),
    queryFn: ({ signal }) => fetchSwitchoverPrecheck(clusterId, candidate, signal),
    enabled,
    staleTime: 0,
    gcTime: 0,
    refetchInterval: enabled ? PRECHECK_REFRESH_MS : false,
  });
}

export function useStartOperation(clusterId: string) {
  const record = useRecordJob();
  return useMutation({
    mutationFn: ({ operation, options }: { operation: Operation; options: OperationOptions }) =>
      startOperation(clusterId, operation.kind, requestBody(operation, options)),
    onSuccess: (job: Job) => record(job),
  });
}

export function useConfigPreview(clusterId: string) {
  return useMutation({
    mutationFn: (changes: Record<string, unknown>) => patchConfig(clusterId, changes, true),
  });
}

export function useApplyConfig(clusterId: string) {
  const record = useRecordJob();
  return useMutation({
    mutationFn: (changes: Record<string, unknown>) => patchConfig(clusterId, changes, false),
    onSuccess: (preview) => {
      if (preview.job) record(preview.job);
    },
  });
}
