import type { Role } from '@keel/shared';

const ROLE_RANK: Record<Role, number> = { viewer: 0, operator: 1, admin: 2 };

export const ROLES: readonly Role[] = ['viewer', 'operator', 'admin'];

export const roleAtLeast = (role: Role, needed: Role): boolean => ROLE_RANK[role] >= ROLE_RANK[needed];

/** What each role may do, in the words the admin pages use. */
export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  viewer: 'sees everything but secrets',
  operator: 'viewer, plus operations: switchover, restart, configuration…',
  admin: 'operator, plus inventory, credentials, users and tokens',
};
