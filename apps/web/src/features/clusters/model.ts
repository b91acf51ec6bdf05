import {
  haproxyReaders,
  haproxyWriters,
  type ClusterState,
  type HaproxyBackendState,
  type HealthReason,
  type MemberRole,
  type MemberState,
} from '@keel/shared';
import type { Tone } from '../../ui/Badge.js';
import type { MemberRole as RolePillRole } from '../../ui/RolePill.js';

const ROLE_PILLS: Record<MemberRole, RolePillRole> = {
  leader: 'leader',
  standby_leader: 'standby-leader',
  sync_standby: 'sync',
  quorum_standby: 'quorum',
  replica: 'replica',
  unknown: 'unknown',
};

export function rolePill(role: MemberRole): RolePillRole {
  return ROLE_PILLS[role];
}

const RUNNING_STATES = new Set(['running', 'streaming']);
const TRANSIENT_STATES = new Set(['starting', 'stopping', 'restarting', 'initializing new cluster']);

/** How a member's state reads: fine, on its way somewhere, or a problem. */
export function memberStateTone(member: Pick<MemberState, 'state' | 'reachable'>): Tone {
  if (!member.reachable) return 'critical';
  if (RUNNING_STATES.has(member.state)) return 'ok';
  if (TRANSIENT_STATES.has(member.state) || member.state.startsWith('creating replica')) return 'warn';
  if (member.state === 'unknown') return 'neutral';
  return 'critical';
}

export interface Routes {
  /** Members HAProxy currently sends writes to (UP in a write listener). */
  readWrite: ReadonlySet<string>;
  readOnly: ReadonlySet<string>;
}

export function haproxyRoutes(backends: readonly HaproxyBackendState[]): Routes {
  return { readWrite: new Set(haproxyWriters(backends)), readOnly: new Set(haproxyReaders(backends)) };
}

const SEVERITY: Record<HealthReason['level'], number> = { critical: 0, warning: 1, info: 2 };

/** Most severe first; the server sends them so, but the order is this page's promise, so it is kept here. */
export function sortReasons(reasons: readonly HealthReason[]): HealthReason[] {
  return [...reasons].sort((a, b) => SEVERITY[a.level] - SEVERITY[b.level]);
}

export const REASON_TONE: Record<HealthReason['level'], Tone> = {
  critical: 'critical',
  warning: 'warn',
  info: 'info',
};

const isLeaderRole = (role: MemberRole) => role === 'leader' || role === 'standby_leader';

/**
 * The role this page can vouch for. The leader is whoever holds the leader key; any other member's role is
 * only as good as its last answer, so an unreachable one reads `unknown` (the server keeps its last role,
 * which after a failover would show two leaders).
 */
export function shownRole(member: MemberState, leader: string | null): MemberRole {
  if (member.name === leader) return member.role === 'standby_leader' ? 'standby_leader' : 'leader';
  if (!member.reachable) return 'unknown';
  return member.role;
}

/**
 * Where a member replicates from: its `replicatefrom` tag when that names a member (cascading replication),
 * else the leader. The leader itself, and every member when there is no leader, replicate from nothing.
 */
export function replicationSource(member: MemberState, state: Pick<ClusterState, 'leader' | 'members'>) {
  if (member.name === state.leader || (member.reachable && isLeaderRole(member.role))) return null;
  const tag = member.tags.replicatefrom;
  if (typeof tag === 'string' && tag !== member.name && state.members.some((m) => m.name === tag)) return tag;
  return state.leader;
}

/** The replicas' largest lag, for the summary; null when none is known. */
export function maxReplicaLag(state: Pick<ClusterState, 'leader' | 'members'>): number | null {
  const lags = state.members
    .filter((m) => m.name !== state.leader && m.reachable && m.lagBytes !== null)
    .map((m) => m.lagBytes ?? 0);
  return lags.length === 0 ? null : Math.max(...lags);
}

/** "5000" from "10.0.0.10:5000"; the whole string when it has no port. */
export function portOf(endpoint: string | null | undefined): string | null {
  if (!endpoint) return null;
  const match = /:(\d+)$/.exec(endpoint);
  return match?.[1] ?? endpoint;
}
