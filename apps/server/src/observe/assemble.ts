import type { ClusterState, MemberState } from '@keel/shared';
import { patroniBase } from '../patroni/client.js';
import { normalizeRole } from '../patroni/roles.js';
import type { PatroniClusterMember } from '../patroni/types.js';
import type { ClusterFacts } from './facts.js';
import { evaluateHealth } from './health-rules.js';
import { claimsAgree, leaderClaims, leaderFromClaims } from './leader-view.js';
import type { ClusterTarget } from './target.js';

function lagOf(member: PatroniClusterMember | undefined): number | null {
  return typeof member?.lag === 'number' ? member.lag : null;
}

/**
 * One member's state. A member's own /patroni answer is the truth about itself; /cluster (the DCS view)
 * adds lag, tags and Patroni 4's `streaming` state. An unreachable member keeps its last known role.
 */
function assembleMember(
  name: string,
  inventory: ClusterTarget['members'][number] | undefined,
  fromCluster: PatroniClusterMember | undefined,
  facts: ClusterFacts,
): MemberState {
  const fact = facts.nodes.get(name);
  const node = fact?.node ?? null;
  const reachable = fact !== undefined && fact.error === null;
  // A member Keel cannot reach speaks for itself no longer: trust the DCS's view of it, or say unknown.
  const role = normalizeRole(reachable ? (node?.role ?? fromCluster?.role) : fromCluster?.role);
  // The URL Keel asks (the inventory's, which an operator may have corrected) before the one Patroni advertises.
  const apiUrl = inventory?.apiUrl || (fromCluster?.api_url ? patroniBase(fromCluster.api_url) : '');
  return {
    name,
    role,
    // Not asked yet is not the same as unreachable.
    state: reachable ? (fromCluster?.state ?? node?.state ?? 'unknown') : fact ? 'unreachable' : 'unknown',
    reachable,
    error: fact?.error ?? null,
    timeline: node?.timeline ?? fromCluster?.timeline ?? null,
    lagBytes: role === 'leader' ? 0 : lagOf(fromCluster),
    pendingRestart: Boolean(node?.pending_restart ?? fromCluster?.pending_restart),
    tags: fromCluster?.tags ?? {},
    apiUrl,
    host: fromCluster?.host ?? inventory?.host ?? '',
    port: fromCluster?.port ?? inventory?.port ?? 5432,
    patroniVersion: node?.patroni?.version ?? null,
    lastSeen: fact?.lastSeen ?? null,
  };
}

/**
 * How long sources may disagree about the leader before Keel calls its view inconsistent: a switchover
 * in flight moves the leader key, then the members' roles, then HAProxy, within a few loop_waits.
 */
export function disagreementGraceMs(facts: ClusterFacts): number {
  const loopWait = Number(facts.dynamicConfig?.loop_wait ?? 10);
  return Math.max(10_000, 2 * (Number.isFinite(loopWait) ? loopWait : 10) * 1000);
}

export function assembleState(target: ClusterTarget, facts: ClusterFacts): ClusterState {
  const clusterMembers = facts.cluster?.members ?? [];
  const names = [
    ...new Set([...target.members.map((m) => m.name), ...clusterMembers.map((m) => m.name)]),
  ].sort();
  const members = names.map((name) =>
    assembleMember(
      name,
      target.members.find((m) => m.name === name),
      clusterMembers.find((m) => m.name === name),
      facts,
    ),
  );

  // Every source is asked who leads; the newest DCS answer is shown (the watch is fastest after a change,
  // a poll outlives a watch that went quiet), and a disagreement that outlasts the grace is called out.
  const claims = leaderClaims(facts, members);
  const fromDcs = leaderFromClaims(claims);
  const leader = fromDcs !== undefined ? fromDcs : (members.find((m) => m.role === 'leader')?.name ?? null);
  const now = facts.observedAt ? Date.parse(facts.observedAt) : 0;
  const consistent =
    claimsAgree(claims) ||
    facts.disagreeSince === null ||
    now - facts.disagreeSince < disagreementGraceMs(facts);
  const leaderMember = members.find((m) => m.name === leader);
  const paused =
    Boolean(facts.cluster?.pause) ||
    [...facts.nodes.values()].some((f) => f.error === null && f.node?.pause === true);

  const state: Omit<ClusterState, 'health'> = {
    id: target.id,
    name: target.name,
    scope: target.scope,
    leader,
    paused,
    timeline: leaderMember?.timeline ?? null,
    members,
    etcd: facts.etcd,
    haproxy: {
      backends: facts.haproxyBackends,
      readWrite: facts.readWrite,
      readOnly: facts.readOnly,
      error: facts.haproxyError,
    },
    history: facts.history,
    replication: facts.replication,
    dynamicConfig: facts.dynamicConfig,
    observedAt: facts.observedAt,
    view: { consistent, claims, watch: facts.watch },
  };
  return { ...state, health: evaluateHealth(state, target, facts) };
}
