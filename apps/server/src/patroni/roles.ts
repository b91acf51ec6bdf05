import type { MemberRole } from '@keel/shared';

/**
 * Patroni has renamed roles across versions: 3.x says `master` in /patroni and `leader` in /cluster,
 * 4.x says `primary`. Keel speaks one vocabulary.
 */
export function normalizeRole(role: unknown): MemberRole {
  switch (role) {
    case 'master':
    case 'primary':
    case 'leader':
      return 'leader';
    case 'standby_leader':
    case 'standby-leader':
      return 'standby_leader';
    case 'sync_standby':
    case 'sync-standby':
      return 'sync_standby';
    case 'quorum_standby':
    case 'quorum-standby':
      return 'quorum_standby';
    case 'replica':
      return 'replica';
    default:
      return 'unknown';
  }
}

/** Roles that serve writes (a standby leader leads a standby cluster and serves none). */
export const isLeaderRole = (role: MemberRole): boolean => role === 'leader';
