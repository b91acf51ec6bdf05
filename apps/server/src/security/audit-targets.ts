import type { PrismaClient } from '../generated/prisma/index.js';

/**
 * What the things an audit row names by id are called: clusters, users, tokens and credentials (their
 * ids are UUIDs, so one id is never two things). Ids of things that are gone are left out.
 */
export async function targetNames(db: PrismaClient, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const names = new Map<string, string>();
  if (unique.length === 0) return names;
  const where = { id: { in: unique } };
  const [clusters, users, tokens, credentials] = await Promise.all([
    db.cluster.findMany({ where, select: { id: true, name: true } }),
    db.user.findMany({ where, select: { id: true, username: true } }),
    db.apiToken.findMany({ where, select: { id: true, name: true } }),
    db.credential.findMany({ where, select: { id: true, name: true } }),
  ]);
  for (const c of clusters) names.set(c.id, c.name);
  for (const u of users) names.set(u.id, u.username);
  for (const t of tokens) names.set(t.id, t.name);
  for (const c of credentials) names.set(c.id, c.name);
  return names;
}
