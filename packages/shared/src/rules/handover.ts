import type { ClusterState, MemberState } from '../clusters.js';
import { hasTag, isStreamingReplica } from './members.js';

type Members = Pick<ClusterState, 'leader' | 'members'>;

/**
 * The member holding the leader key, when it answers as the leader: what a switchover hands over from and
 * a reinitialize copies from. None means Patroni must elect one (a failover), not hand over.
 */
export function healthyLeader(state: Members): MemberState | undefined {
  const leader = state.members.find((m) => m.name === state.leader);
  return leader?.reachable && leader.role === 'leader' ? leader : undefined;
}

/**
 * The replica a careful operator would pick: a streaming replica not tagged nofailover, a synchronous
 * standby first (it has every commit), then the least lag; a lag not known yet comes last.
 */
export function bestCandidate(state: Members): MemberState | undefined {
  return state.members
    .filter((m) => m.name !== state.leader && isStreamingReplica(m) && !hasTag(m, 'nofailover'))
    .sort(
      (a, b) =>
        Number(b.role === 'sync_standby') - Number(a.role === 'sync_standby') ||
        (a.lagBytes ?? Infinity) - (b.lagBytes ?? Infinity),
    )[0];
}
