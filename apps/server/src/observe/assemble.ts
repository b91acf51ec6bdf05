import type { ClusterState, MemberState } from '@keel/shared';
import { patroniBase } from '../patroni/client.js';
import { normalizeRole } from '../patroni/roles.js';
import type { PatroniClusterMember } from '../patroni/types.js';
import type { ClusterFacts } from './facts.js';
import { evaluateHealth } from './health-rules.js';
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
  const apiUrl = fromCluster?.api_url ? patroniBase(fromCluster.api_url) : (inventory?.apiUrl ?? '');
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

  // The etcd watch sees a leader change first; /cluster is the fallback until the watch has spoken.
  const leader =
    facts.etcdLeader !== undefined
      ? facts.etcdLeader
      : (members.find((m) => m.role === 'leader')?.name ?? null);
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
    dynamicConfig: facts.dynamicConfig,
    observedAt: facts.observedAt,
  };
  return { ...state, health: evaluateHealth(state, target, facts) };
}
