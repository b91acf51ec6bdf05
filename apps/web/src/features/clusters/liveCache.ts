import { replaceEqualDeep, type QueryClient } from '@tanstack/react-query';
import {
  activityKey,
  isActivityEvent,
  type ActivityEvent,
  type ClusterDetail,
  type ClusterList,
  type ClusterState,
  type KeelEvent,
  type LagHistory,
  type SnapshotEvent,
} from '@keel/shared';
import { activityKeys, clusterKeys } from './queryKeys.js';

/** The server keeps ten minutes of lag samples; live appends keep the same window. */
export const LAG_WINDOW_MS = 10 * 60_000;
/** Activity entries kept per cluster. */
export const ACTIVITY_LIMIT = 50;

const time = (at: string | null): number => (at === null ? Number.NaN : Date.parse(at));

/**
 * The detail with the new live state laid over it. Inventory-only fields (endpoints, login, createdAt) stay.
 * Unchanged parts keep their identity, and an unchanged whole returns `old`, so nothing re-renders needlessly.
 * A state older than the cached one (a late event after a fresher fetch) is ignored.
 */
export function mergeDetail(old: ClusterDetail | undefined, state: ClusterState): ClusterDetail | undefined {
  if (old === undefined || old.id !== state.id) return old;
  if (time(state.observedAt) < time(old.observedAt)) return old;
  return replaceEqualDeep(old, { ...old, ...state });
}

/** The list with this cluster's summary brought up to date; `old` when the cluster is not in it or unchanged. */
export function mergeSummary(old: ClusterList | undefined, state: ClusterState): ClusterList | undefined {
  if (old === undefined) return old;
  const index = old.clusters.findIndex((c) => c.id === state.id);
  const current = old.clusters[index];
  if (current === undefined) return old;
  const next = {
    ...current,
    name: state.name,
    scope: state.scope,
    leader: state.leader,
    paused: state.paused,
    memberCount: state.members.length,
    health: state.health,
  };
  const clusters = old.clusters.with(index, next);
  return replaceEqualDeep(old, { ...old, clusters });
}

/** Whether the cached list is missing any of these clusters, or holds one that is gone: then refetch it. */
export function listDiffers(list: ClusterList | undefined, ids: readonly string[]): boolean {
  if (list === undefined) return false;
  const listed = new Set(list.clusters.map((c) => c.id));
  return ids.length !== listed.size || ids.some((id) => !listed.has(id));
}

/** Each member's current lag appended to its series, the window trimmed; `old` when there is nothing new. */
export function appendLag(
  old: LagHistory | undefined,
  state: ClusterState,
  windowMs = LAG_WINDOW_MS,
): LagHistory | undefined {
  if (old === undefined || state.observedAt === null) return old;
  const at = state.observedAt;
  const atMs = Date.parse(at);
  const cutoff = atMs - windowMs;
  let changed = false;
  const members = { ...old.members };
  for (const member of state.members) {
    const series = members[member.name] ?? [];
    const last = series.at(-1);
    if (last !== undefined && Date.parse(last.at) >= atMs) continue;
    const kept = series.filter((sample) => Date.parse(sample.at) >= cutoff);
    // Like the server: an unreachable member has no known lag, which is a gap, not a zero.
    kept.push({ at, lagBytes: member.reachable ? member.lagBytes : null });
    members[member.name] = kept;
    changed = true;
  }
  return changed ? { ...old, members } : old;
}

/** The newest event first, bounded; an event already shown (fetched from the server) is not added twice. */
export function recordActivity(old: ActivityEvent[] | undefined, event: ActivityEvent): ActivityEvent[] {
  const key = activityKey(event);
  if (old?.some((e) => activityKey(e) === key)) return old;
  return [event, ...(old ?? [])].slice(0, ACTIVITY_LIMIT);
}

/**
 * What the server kept, with what the live feed delivered meanwhile (an event may arrive before the
 * server's answer, or be in both): each event once, newest first, bounded. Events of one observation
 * share their time and keep the order they came in.
 */
export function mergeActivity(
  cached: ActivityEvent[] | undefined,
  fetched: ActivityEvent[],
): ActivityEvent[] {
  const seen = new Set<string>();
  const all = [...(cached ?? []), ...fetched].filter((event) => {
    const key = activityKey(event);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return all.sort((a, b) => Date.parse(b.at) - Date.parse(a.at)).slice(0, ACTIVITY_LIMIT);
}

function applyState(queryClient: QueryClient, state: ClusterState): void {
  queryClient.setQueryData<ClusterDetail>(clusterKeys.detail(state.id), (old) => mergeDetail(old, state));
  queryClient.setQueryData<LagHistory>(clusterKeys.lag(state.id), (old) => appendLag(old, state));
  const list = queryClient.getQueryData<ClusterList>(clusterKeys.list());
  if (list !== undefined && !list.clusters.some((c) => c.id === state.id)) {
    // A cluster this tab has not heard of: imported elsewhere.
    void queryClient.invalidateQueries({ queryKey: clusterKeys.list() });
  } else {
    queryClient.setQueryData<ClusterList>(clusterKeys.list(), (old) => mergeSummary(old, state));
  }
}

function applySnapshot(queryClient: QueryClient, event: SnapshotEvent): void {
  for (const state of event.clusters) {
    queryClient.setQueryData<ClusterDetail>(clusterKeys.detail(state.id), (old) => mergeDetail(old, state));
    queryClient.setQueryData<ClusterList>(clusterKeys.list(), (old) => mergeSummary(old, state));
  }
  const ids = event.clusters.map((c) => c.id);
  if (listDiffers(queryClient.getQueryData<ClusterList>(clusterKeys.list()), ids)) {
    void queryClient.invalidateQueries({ queryKey: clusterKeys.list() });
  }
  // A snapshot follows a (re)connect: whatever happened meanwhile is missing from the live series and from
  // the detail of clusters removed meanwhile, and from the activity. The server has them all.
  void queryClient.invalidateQueries({ queryKey: clusterKeys.lags() });
  void queryClient.invalidateQueries({ queryKey: activityKeys.all });
  for (const query of queryClient.getQueryCache().findAll({ queryKey: clusterKeys.details() })) {
    const id = query.queryKey[2];
    if (typeof id === 'string' && !ids.includes(id)) {
      void queryClient.invalidateQueries({ queryKey: clusterKeys.detail(id) });
    }
  }
}

/**
 * Writes one live-feed event into the query cache: the one path from the WebSocket to the cluster views.
 * Events about other things pass by: jobs have their own path (features/jobs/liveCache.ts).
 */
export function applyKeelEvent(queryClient: QueryClient, event: KeelEvent): void {
  if (event.type === 'snapshot') {
    applySnapshot(queryClient, event);
  } else if (event.type === 'cluster.status') {
    applyState(queryClient, event.state);
  } else if (event.type === 'cluster.removed') {
    void queryClient.invalidateQueries({ queryKey: clusterKeys.list() });
    void queryClient.invalidateQueries({ queryKey: clusterKeys.detail(event.clusterId) });
    queryClient.removeQueries({ queryKey: clusterKeys.lag(event.clusterId) });
  } else if (isActivityEvent(event)) {
    // The state itself came with the `cluster.status` before this event; these are kept for the record.
    queryClient.setQueryData<ActivityEvent[]>(activityKeys.cluster(event.clusterId), (old) =>
      recordActivity(old, event),
    );
  }
}
