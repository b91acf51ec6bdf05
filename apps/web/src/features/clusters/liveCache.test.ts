import { QueryClient } from '@tanstack/react-query';
import type { ActivityEvent, ClusterDetail, ClusterList, KeelEvent, LagHistory } from '@keel/shared';
import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_LIMIT,
  appendLag,
  applyKeelEvent,
  listDiffers,
  mergeDetail,
  mergeSummary,
  mergeActivity,
  recordActivity,
} from './liveCache.js';
import { activityKeys, clusterKeys } from './queryKeys.js';
import { CLUSTER_ID, clusterDetail, clusterState, member } from './testData.js';

const later = '2026-01-01T12:00:05.000Z';

function listOf(...ids: string[]): ClusterList {
  return {
    clusters: ids.map((id) => ({
      id,
      name: 'lab',
      scope: 'keel-lab',
      leader: 'pg1',
      paused: false,
      memberCount: 3,
      health: { level: 'healthy', reasons: [] },
      createdAt: '2026-01-01T11:00:00.000Z',
    })),
  };
}

describe('mergeDetail', () => {
  it('lays the live state over the detail and keeps the inventory fields', () => {
    const old = clusterDetail();
    const state = clusterState({ leader: 'pg2', observedAt: later });
    const next = mergeDetail(old, state);
    expect(next?.leader).toBe('pg2');
    expect(next?.haproxyEndpoints).toBe(old.haproxyEndpoints);
    expect(next?.hasDatabaseLogin).toBe(true);
    expect(next?.createdAt).toBe(old.createdAt);
  });

  it('returns the old object when nothing changed, and keeps unchanged parts', () => {
    const old = clusterDetail();
    expect(mergeDetail(old, clusterState())).toBe(old);

    const members = old.members.map((m) => (m.name === 'pg3' ? { ...m, lagBytes: 4096 } : m));
    const next = mergeDetail(old, clusterState({ members, observedAt: later }));
    expect(next).not.toBe(old);
    expect(next?.members[0]).toBe(old.members[0]);
    expect(next?.members[2]?.lagBytes).toBe(4096);
    expect(next?.etcd).toBe(old.etcd);
  });

  it('ignores a state older than the cached one', () => {
    const old = clusterDetail({ observedAt: later });
    expect(mergeDetail(old, clusterState({ leader: 'pg3' }))).toBe(old);
  });

  it('leaves a detail that was never fetched, or another cluster, alone', () => {
    expect(mergeDetail(undefined, clusterState())).toBeUndefined();
    const other = clusterDetail({ id: 'other' });
    expect(mergeDetail(other, clusterState())).toBe(other);
  });
});

describe('mergeSummary', () => {
  it("updates that cluster's leader, health and member count", () => {
    const old = listOf(CLUSTER_ID, 'other');
    const health = {
      level: 'critical' as const,
      reasons: [{ level: 'critical' as const, code: 'NO_LEADER', message: 'no leader' }],
    };
    const next = mergeSummary(old, clusterState({ leader: null, health, members: [member('pg2')] }));
    expect(next?.clusters[0]).toMatchObject({ leader: null, memberCount: 1, health });
    expect(next?.clusters[1]).toBe(old.clusters[1]);
  });

  it('returns the old list when unchanged or when the cluster is not in it', () => {
    const old = listOf(CLUSTER_ID);
    expect(mergeSummary(old, clusterState({ observedAt: later }))).toBe(old);
    const elsewhere = listOf('other');
    expect(mergeSummary(elsewhere, clusterState({ leader: 'pg2' }))).toBe(elsewhere);
  });
});

describe('listDiffers', () => {
  it('notices a cluster added or removed elsewhere', () => {
    expect(listDiffers(listOf('a', 'b'), ['a', 'b'])).toBe(false);
    expect(listDiffers(listOf('a'), ['a', 'b'])).toBe(true);
    expect(listDiffers(listOf('a', 'b'), ['a'])).toBe(true);
    expect(listDiffers(undefined, ['a'])).toBe(false);
  });
});

describe('appendLag', () => {
  const history: LagHistory = {
    members: {
      pg1: [
        { at: '2026-01-01T11:49:00.000Z', lagBytes: 0 },
        { at: '2026-01-01T11:59:58.000Z', lagBytes: 0 },
      ],
      pg2: [{ at: '2026-01-01T11:59:58.000Z', lagBytes: 100 }],
    },
  };

  it("appends each member's lag at the observation time and trims the window", () => {
    const state = clusterState({
      members: [
        member('pg1', { role: 'leader', lagBytes: 0 }),
        member('pg2', { lagBytes: 2048 }),
        member('pg3', { reachable: false, lagBytes: 512 }),
      ],
    });
    const next = appendLag(history, state);
    expect(next?.members.pg1).toEqual([
      { at: '2026-01-01T11:59:58.000Z', lagBytes: 0 },
      { at: '2026-01-01T12:00:00.000Z', lagBytes: 0 },
    ]);
    expect(next?.members.pg2?.at(-1)).toEqual({ at: '2026-01-01T12:00:00.000Z', lagBytes: 2048 });
    // Unreachable: a gap in the chart, not a zero.
    expect(next?.members.pg3).toEqual([{ at: '2026-01-01T12:00:00.000Z', lagBytes: null }]);
    expect(history.members.pg2).toHaveLength(1);
  });

  it('appends an observation once', () => {
    const once = appendLag(history, clusterState());
    expect(appendLag(once, clusterState())).toBe(once);
  });

  it('waits for the history to be fetched first', () => {
    expect(appendLag(undefined, clusterState())).toBeUndefined();
  });
});

describe('recordActivity', () => {
  const role = (at: string, member = 'pg1'): ActivityEvent => ({
    type: 'member.role',
    at,
    clusterId: CLUSTER_ID,
    member,
    from: 'replica',
    to: 'leader',
  });

  it('keeps the newest first, bounded', () => {
    let log: ActivityEvent[] | undefined;
    for (let i = 0; i < ACTIVITY_LIMIT + 5; i += 1)
      log = recordActivity(log, role(new Date(i * 1000).toISOString()));
    expect(log).toHaveLength(ACTIVITY_LIMIT);
    expect(log?.[0]?.at).toBe(new Date((ACTIVITY_LIMIT + 4) * 1000).toISOString());
  });

  it('adds an event already shown only once', () => {
    const log = recordActivity(undefined, role(later));
    expect(recordActivity(log, { ...role(later) })).toBe(log);
    expect(recordActivity(log, role(later, 'pg2'))).toHaveLength(2);
  });
});

describe('mergeActivity', () => {
  const leader = (at: string, to: string): ActivityEvent => ({
    type: 'cluster.leader',
    at,
    clusterId: CLUSTER_ID,
    from: null,
    to,
  });
  const t1 = '2026-01-01T12:00:01.000Z';
  const t2 = '2026-01-01T12:00:02.000Z';
  const t3 = '2026-01-01T12:00:03.000Z';

  it("shows the server's events and the live ones that came meanwhile, each once, newest first", () => {
    const live = [leader(t3, 'pg3'), leader(t2, 'pg2')];
    const fetched = [leader(t2, 'pg2'), leader(t1, 'pg1')];
    expect(mergeActivity(live, fetched)).toEqual([leader(t3, 'pg3'), leader(t2, 'pg2'), leader(t1, 'pg1')]);
  });

  it('takes the fetched events as they are when nothing came live', () => {
    const fetched = [leader(t2, 'pg2'), leader(t1, 'pg1')];
    expect(mergeActivity(undefined, fetched)).toEqual(fetched);
  });
});

describe('applyKeelEvent', () => {
  function cacheWith(detail: ClusterDetail, list: ClusterList) {
    const queryClient = new QueryClient();
    queryClient.setQueryData(clusterKeys.detail(detail.id), detail);
    queryClient.setQueryData(clusterKeys.list(), list);
    return queryClient;
  }

  it('patches detail and list from a cluster.status', () => {
    const queryClient = cacheWith(clusterDetail(), listOf(CLUSTER_ID));
    const state = clusterState({ leader: 'pg2', observedAt: later });
    applyKeelEvent(queryClient, {
      type: 'cluster.status',
      at: later,
      clusterId: CLUSTER_ID,
      changed: ['leader'],
      state,
    });
    expect(queryClient.getQueryData<ClusterDetail>(clusterKeys.detail(CLUSTER_ID))?.leader).toBe('pg2');
    expect(queryClient.getQueryData<ClusterList>(clusterKeys.list())?.clusters[0]?.leader).toBe('pg2');
  });

  it('marks the list stale for a cluster it does not know', () => {
    const queryClient = cacheWith(clusterDetail(), listOf('other'));
    applyKeelEvent(queryClient, {
      type: 'cluster.status',
      at: later,
      clusterId: CLUSTER_ID,
      changed: [],
      state: clusterState(),
    });
    expect(queryClient.getQueryState(clusterKeys.list())?.isInvalidated).toBe(true);
  });

  it('patches from a snapshot and refetches what a disconnection may have missed', () => {
    const queryClient = cacheWith(clusterDetail(), listOf(CLUSTER_ID, 'gone'));
    queryClient.setQueryData(clusterKeys.detail('gone'), clusterDetail({ id: 'gone' }));
    queryClient.setQueryData(clusterKeys.lag(CLUSTER_ID), { members: {} });
    queryClient.setQueryData(activityKeys.cluster(CLUSTER_ID), []);
    applyKeelEvent(queryClient, {
      type: 'snapshot',
      at: later,
      clusters: [clusterState({ leader: 'pg3', observedAt: later })],
    });
    expect(queryClient.getQueryData<ClusterDetail>(clusterKeys.detail(CLUSTER_ID))?.leader).toBe('pg3');
    expect(queryClient.getQueryState(clusterKeys.list())?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(clusterKeys.detail('gone'))?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(clusterKeys.detail(CLUSTER_ID))?.isInvalidated).toBe(false);
    expect(queryClient.getQueryState(clusterKeys.lag(CLUSTER_ID))?.isInvalidated).toBe(true);
    // Activity the feed missed while disconnected is on the server.
    expect(queryClient.getQueryState(activityKeys.cluster(CLUSTER_ID))?.isInvalidated).toBe(true);
  });

  it('lets events about other things pass by', () => {
    const queryClient = cacheWith(clusterDetail(), listOf(CLUSTER_ID));
    const before = queryClient
      .getQueryCache()
      .getAll()
      .map((q) => q.state.dataUpdatedAt);
    applyKeelEvent(queryClient, { type: 'job.updated', at: later, job: {} } as unknown as KeelEvent);
    expect(
      queryClient
        .getQueryCache()
        .getAll()
        .map((q) => q.state.dataUpdatedAt),
    ).toEqual(before);
    expect(queryClient.getQueryState(clusterKeys.list())?.isInvalidated).toBe(false);
  });

  it('records leader changes as activity, and a removal invalidates the cluster', () => {
    const queryClient = cacheWith(clusterDetail(), listOf(CLUSTER_ID));
    const leader: KeelEvent = {
      type: 'cluster.leader',
      at: later,
      clusterId: CLUSTER_ID,
      from: 'pg1',
      to: 'pg2',
    };
    applyKeelEvent(queryClient, leader);
    expect(queryClient.getQueryData(activityKeys.cluster(CLUSTER_ID))).toEqual([leader]);

    applyKeelEvent(queryClient, { type: 'cluster.removed', at: later, clusterId: CLUSTER_ID });
    expect(queryClient.getQueryState(clusterKeys.list())?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(clusterKeys.detail(CLUSTER_ID))?.isInvalidated).toBe(true);
  });
});
