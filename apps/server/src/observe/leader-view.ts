import type { LeaderClaim, MemberState } from '@keel/shared';
import { normalizeRole } from '../patroni/roles.js';
import type { ClusterFacts } from './facts.js';

/** Sources that read the DCS's leader key, directly or through Patroni. */
const dcsSources = new Set<LeaderClaim['source']>(['etcd-watch', 'etcd-read', 'patroni-cluster']);

/**
 * Every source's answer to "who leads?", each with when it said so. Keel compares them on every
 * observation: one stale source (a watch that went quiet) must never decide alone.
 */
export function leaderClaims(facts: ClusterFacts, members: MemberState[]): LeaderClaim[] {
  const claims: LeaderClaim[] = [];
  if (facts.etcdLeader !== undefined && facts.watch.status === 'watching') {
    claims.push({
      source: 'etcd-watch',
      leader: facts.etcdLeader,
      detail: `etcd watch: leader key ${facts.etcdLeader === null ? 'absent' : `names ${facts.etcdLeader}`}`,
      at: facts.etcdLeaderAt,
    });
  }
  if (facts.etcdRead) {
    const { leader, at } = facts.etcdRead;
    claims.push({
      source: 'etcd-read',
      leader,
      detail: `etcd read: leader key ${leader === null ? 'absent' : `names ${leader}`}`,
      at,
    });
  }
  if (facts.cluster && facts.clusterError === null) {
    const leader =
      facts.cluster.members.find((m) => normalizeRole(m.role) === 'leader' || m.role === 'standby_leader')
        ?.name ?? null;
    claims.push({
      source: 'patroni-cluster',
      leader,
      detail: `Patroni /cluster: ${leader === null ? 'no leader' : `${leader} leads`}`,
      at: facts.clusterReadAt,
    });
  }
  const reachable = members.filter((m) => m.reachable);
  const selfLeaders = reachable.filter((m) => m.role === 'leader' || m.role === 'standby_leader');
  for (const m of selfLeaders) {
    claims.push({
      source: 'patroni-member',
      leader: m.name,
      detail: `${m.name}'s REST API says ${m.role === 'leader' ? 'primary' : 'standby leader'} (${m.state})`,
      at: m.lastSeen,
    });
  }
  // Only when every member answered: an unreachable one may be the primary (a crashed leader whose key
  // has not expired yet is no disagreement, only an unreachable leader).
  if (selfLeaders.length === 0 && reachable.length > 0 && reachable.length === members.length) {
    claims.push({
      source: 'patroni-member',
      leader: null,
      detail: `no member's REST API says primary (${reachable.map((m) => `${m.name} ${m.role}`).join(', ')})`,
      at:
        reachable
          .map((m) => m.lastSeen)
          .sort()
          .at(-1) ?? null,
    });
  }
  const probe = facts.readWrite;
  if (probe?.ok && probe.inRecovery === false && probe.server) {
    const host = probe.server.slice(0, probe.server.lastIndexOf(':'));
    const behind = members.find((m) => m.host === host);
    if (behind) {
      claims.push({
        source: 'sql-probe',
        leader: behind.name,
        detail: `${probe.endpoint} writes reach ${behind.name} (${probe.server}), not in recovery`,
        at: probe.checkedAt,
      });
    }
  }
  return claims;
}

/** The leader to show: the newest answer read from the DCS (the watch is fastest; a poll outlives a quiet watch). */
export function leaderFromClaims(claims: LeaderClaim[]): string | null | undefined {
  const dcs = claims.filter((c) => dcsSources.has(c.source));
  if (dcs.length === 0) return undefined;
  return [...dcs].sort((a, b) => (b.at ?? '').localeCompare(a.at ?? ''))[0]!.leader;
}

/** Whether every source names the same leader (or every source says there is none). */
export function claimsAgree(claims: LeaderClaim[]): boolean {
  return new Set(claims.map((c) => c.leader)).size <= 1;
}

/** One sentence naming who says what, for the health reason and the job log. */
export function describeDisagreement(claims: LeaderClaim[]): string {
  return claims.map((c) => c.detail).join('; ');
}
