import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DrillKind } from '@keel/shared';
import { useRecordJob } from '../jobs/hooks.js';
import { fetchDrills, fetchSchedules, removeSchedule, scheduleDrill, startDrill } from './api.js';

const drillKeys = {
  list: (clusterId: string) => ['drills', clusterId] as const,
  schedules: (clusterId: string) => ['drills', clusterId, 'schedules'] as const,
};

/** A drill's report is written when its job ends: while one runs the list is re-read every few seconds. */
export function useDrills(clusterId: string) {
  return useQuery({
    queryKey: drillKeys.list(clusterId),
    queryFn: ({ signal }) => fetchDrills(clusterId, signal),
    refetchInterval: (query) =>
      query.state.data?.drills.some((d) => d.status === 'running' || d.status === 'queued') ? 3_000 : 30_000,
  });
}

export function useStartDrill(clusterId: string) {
  const record = useRecordJob();
  return useMutation({ mutationFn: (kind: DrillKind) => startDrill(clusterId, kind), onSuccess: record });
}

export function useSchedules(clusterId: string) {
  return useQuery({
    queryKey: drillKeys.schedules(clusterId),
    queryFn: ({ signal }) => fetchSchedules(clusterId, signal),
    refetchInterval: 60_000,
  });
}

export function useScheduleDrill(clusterId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, cron }: { kind: DrillKind; cron: string }) => scheduleDrill(clusterId, kind, cron),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: drillKeys.schedules(clusterId) }),
  });
}

export function useRemoveSchedule(clusterId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeSchedule,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: drillKeys.schedules(clusterId) }),
  });
}
