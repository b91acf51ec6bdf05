import type { ClusterState, MemberState } from '../clusters.js';

/** What the rules read: the members' own answers and the claims of Keel's sources. */
type Observed = Pick<ClusterState, 'members' | 'view'>;

/**
 * The member that Patroni itself says leads: reachable and reporting itself (its own /patroni) as a
 * running primary; when two do (a split brain), the one Patroni's /cluster names. Independent of Keel's
 * etcd watch, so a stale view of Keel's cannot make it up.
 */
export function patroniLeader(state: Observed): MemberState | undefined {
  const running = state.members.filter((m) => m.reachable && m.role === 'leader' && m.state === 'running');
  if (running.length <= 1) return running[0];
  const named = state.view.claims.find((c) => c.source === 'patroni-cluster')?.leader;
  return running.find((m) => m.name === named);
}

/**
 * A failover is the answer only when Patroni itself reports no healthy leader. When the only problem is
 * Keel's own view (its sources disagree), forcing a failover would break a healthy cluster.
 */
export function failoverAdvisable(state: Observed): boolean {
  return patroniLeader(state) === undefined;
}
