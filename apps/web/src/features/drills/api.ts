import type { DrillKind, DrillList, Job, Schedule, ScheduleList } from '@keel/shared';
import { apiGet, apiRequest } from '../../api/http.js';

const clusterPath = (id: string) => `/api/v1/clusters/${encodeURIComponent(id)}`;

export function fetchDrills(clusterId: string, signal?: AbortSignal): Promise<DrillList> {
  return apiGet<DrillList>(`${clusterPath(clusterId)}/drills`, signal);
}

/** Starts a drill; the server answers 202 with the job that runs it. */
export function startDrill(clusterId: string, kind: DrillKind): Promise<Job> {
  return apiRequest<Job>(`${clusterPath(clusterId)}/drill`, { method: 'POST', body: { kind } });
}

export function fetchSchedules(clusterId: string, signal?: AbortSignal): Promise<ScheduleList> {
  return apiGet<ScheduleList>(`${clusterPath(clusterId)}/schedules`, signal);
}

export function scheduleDrill(clusterId: string, kind: DrillKind, cron: string): Promise<Schedule> {
  return apiRequest<Schedule>(`${clusterPath(clusterId)}/schedules`, {
    method: 'POST',
    body: { kind: 'drill', params: { kind }, cron },
  });
}

export function removeSchedule(id: string): Promise<void> {
  return apiRequest<void>(`/api/v1/schedules/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
