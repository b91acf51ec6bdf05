import type { ClusterState, MemberState } from '../clusters.js';

/**
 * The member that Patroni itself says leads: reachable, and reporting itself (its own /patroni) as a
 * running leader. Independent of Keel's etcd watch, so a stale view of Keel's cannot make it up.
 */
export function patroniLeader(state: ClusterState): MemberState | undefined {
  const running = state.members.filter((m) => m.reachable && m.role === 'leader' && m.state === 'running');
  return running.length === 1 ? running[0] : undefined;
}

/**
 * A failover is the answer only when Patroni itself reports no healthy leader. When the only problem is
 * Keel's own view (its sources disagree), forcing a failover would break a healthy cluster.
 */
export function failoverAdvisable(state: ClusterState): boolean {
  return patroniLeader(state) === undefined;
}
