import type { MemberState } from '../clusters.js';

const replicaRoles = new Set(['replica', 'sync_standby', 'quorum_standby']);
const replicatingStates = new Set(['streaming', 'running']);

/** A replica's PostgreSQL is up and replicating (Patroni 3 says `running`, Patroni 4 `streaming`). */
export const isReplicating = (m: Pick<MemberState, 'state'>): boolean => replicatingStates.has(m.state);

/** A member that answers, is a replica of some kind, and replicates: the only kind worth promoting. */
export const isStreamingReplica = (m: MemberState): boolean =>
  m.reachable && replicaRoles.has(m.role) && isReplicating(m);

/**
 * Whether a Patroni boolean tag is set. Patroni reads `nofailover: true` from YAML, but a tag set from
 * the environment arrives as the string "true"; both count, and "false" does not.
 */
export function hasTag(m: Pick<MemberState, 'tags'>, tag: string): boolean {
  const value = m.tags[tag];
  return value === true || (typeof value === 'string' && value.toLowerCase() === 'true');
}

/** The member of that name, if the cluster has one. */
export const findMember = <M extends Pick<MemberState, 'name'>>(
  members: readonly M[],
  name: string | null | undefined,
): M | undefined => members.find((m) => m.name === name);
