import type { ClusterState, KeelEvent } from '@keel/shared';

/** Facts that change on every observation (timestamps, latencies); a change in them alone is no news. */
function withoutClockwork(state: ClusterState): Record<string, unknown> {
  return {
    ...state,
    observedAt: null,
    members: state.members.map((m) => ({ ...m, lastSeen: null })),
    etcd: state.etcd.map((e) => ({ ...e, lastSeen: null })),
    haproxy: {
      ...state.haproxy,
      readWrite: state.haproxy.readWrite && { ...state.haproxy.readWrite, checkedAt: null, latencyMs: null },
      readOnly: state.haproxy.readOnly && { ...state.haproxy.readOnly, checkedAt: null, latencyMs: null },
    },
    replication: state.replication && { ...state.replication, checkedAt: null },
  };
}

/** Names of the top-level facts that differ, ignoring timestamps. */
export function changedFacts(prev: ClusterState | null, next: ClusterState): string[] {
  if (!prev) return Object.keys(next);
  const a = withoutClockwork(prev);
  const b = withoutClockwork(next);
  return Object.keys(b).filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}

/** The typed events that describe going from `prev` to `next` (a `cluster.status` first, when anything changed). */
export function eventsBetween(prev: ClusterState | null, next: ClusterState, at: string): KeelEvent[] {
  const changed = changedFacts(prev, next);
  if (changed.length === 0) return [];
  const events: KeelEvent[] = [{ type: 'cluster.status', at, clusterId: next.id, changed, state: next }];
  if (!prev) return events;

  if (prev.leader !== next.leader) {
    events.push({ type: 'cluster.leader', at, clusterId: next.id, from: prev.leader, to: next.leader });
  }
  const before = new Map(prev.members.map((m) => [m.name, m.role]));
  const after = new Map(next.members.map((m) => [m.name, m.role]));
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    const from = before.get(name) ?? null;
    const to = after.get(name) ?? null;
    if (from !== to) events.push({ type: 'member.role', at, clusterId: next.id, member: name, from, to });
  }
  if (prev.health.level !== next.health.level) {
    events.push({
      type: 'cluster.health',
      at,
      clusterId: next.id,
      from: prev.health.level,
      to: next.health.level,
      reasons: next.health.reasons.map((r) => r.message),
    });
  }
  return events;
}
