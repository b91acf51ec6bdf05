import type { Role } from '@keel/shared';

const rank: Record<Role, number> = { viewer: 0, operator: 1, admin: 2 };

export const atLeast = (role: Role, required: Role): boolean => rank[role] >= rank[required];

/** The weaker of two roles: a token never acts above its owner's current role. */
export const weaker = (a: Role, b: Role): Role => (rank[a] <= rank[b] ? a : b);

export const isRole = (value: string): value is Role => value in rank;
