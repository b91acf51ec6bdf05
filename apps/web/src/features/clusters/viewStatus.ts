import {
  failoverAdvisable,
  patroniLeader,
  type ClusterState,
  type LeaderClaim,
  type LeaderSource,
  type WatchStatus,
} from '@keel/shared';
import type { Tone } from '../../ui/Badge.js';

/** Each source of a leader claim, named as an operator knows it. */
export const SOURCE_NAMES: Record<LeaderSource, string> = {
  'etcd-watch': "Keel's etcd watch",
  'etcd-read': 'etcd, read just now',
  'patroni-cluster': "Patroni's /cluster",
  'patroni-member': "A member's own Patroni",
  'sql-probe': 'The SQL probe through HAProxy',
};

export interface ShownClaim {
  source: string;
  leader: string;
  detail: string;
  at: string | null;
  /** Whether this claim names someone other than most sources do. */
  odd: boolean;
}

export interface ViewProblem {
  headline: string;
  claims: ShownClaim[];
  /** What Keel is doing about it, one sentence each. */
  doing: string[];
}

const named = (leader: string | null) => leader ?? 'no leader';

/** The leader most claims name: the odd ones out are marked. */
function majority(claims: readonly LeaderClaim[]): string | null {
  const counts = new Map<string | null, number>();
  for (const c of claims) counts.set(c.leader, (counts.get(c.leader) ?? 0) + 1);
  let best: string | null = null;
  let most = 0;
  for (const [leader, count] of counts) {
    if (count > most) [best, most] = [leader, count];
  }
  return best;
}

/** How the etcd watch is doing, for the etcd card and the banner. */
export function describeWatch(watch: WatchStatus): { label: string; tone: Tone; sentence: string } {
  const restarted =
    watch.lastRestart === null
      ? ''
      : ` It was restarted ${watch.restarts === 1 ? 'once' : `${watch.restarts} times`}, last because ${watch.lastRestart.reason}.`;
  switch (watch.status) {
    case 'watching':
      return {
        label: 'watching',
        tone: 'ok',
        sentence: `Keel's etcd watch is delivering changes.${restarted}`,
      };
    case 'starting':
      return { label: 'starting', tone: 'warn', sentence: `Keel's etcd watch is starting.${restarted}` };
    case 'reconnecting':
      return {
        label: 'reconnecting',
        tone: 'warn',
        sentence: `Keel's etcd watch lost its connection and is resuming by itself.${restarted}`,
      };
    case 'restarting':
      return {
        label: 'restarting',
        tone: 'warn',
        sentence: `Keel is restarting its etcd watch from a fresh read of the keys.${restarted}`,
      };
    case 'failed':
      return {
        label: 'failed',
        tone: 'critical',
        sentence: `Keel's etcd watch failed; the state comes from Patroni and periodic etcd reads.${restarted}`,
      };
    case 'off':
      return { label: 'off', tone: 'neutral', sentence: 'Keel does not watch etcd for this cluster.' };
  }
}

/**
 * What the page says when Keel's own sources disagree about who leads: who says what, and what Keel does
 * about it. Null while they agree. Failover is a different question (`failoverAdvisable`): a view problem
 * alone never calls for one.
 */
export function viewProblem(state: Pick<ClusterState, 'view' | 'members'>): ViewProblem | null {
  if (state.view.consistent) return null;
  const usual = majority(state.view.claims);
  const claims = state.view.claims.map((c) => ({
    source: SOURCE_NAMES[c.source],
    leader: named(c.leader),
    detail: c.detail,
    at: c.at,
    odd: c.leader !== usual,
  }));
  const leader = patroniLeader(state);
  const doing = [
    'Keel is re-reading every source (each member’s Patroni, etcd, HAProxy and the SQL probe) until they agree.',
    describeWatch(state.view.watch).sentence,
    failoverAdvisable(state)
      ? 'No member’s own Patroni reports itself a running primary: a failover may be needed.'
      : `${leader?.name ?? 'A member'}’s own Patroni reports a running primary, so no failover is offered: the problem is Keel’s view, not the cluster.`,
  ];
  return {
    headline: 'Keel’s view of this cluster is inconsistent: its sources disagree about who leads.',
    claims,
    doing,
  };
}
