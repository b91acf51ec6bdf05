import type { Prisma, PrismaClient } from '../generated/prisma/index.js';

export const clusterWithMembers = {
  members: true,
  databaseCredential: true,
  haproxyStatsCredential: true,
} satisfies Prisma.ClusterInclude;
export type ClusterRecord = Prisma.ClusterGetPayload<{ include: typeof clusterWithMembers }>;

export interface NewCluster {
  name: string;
  scope: string;
  namespace: string;
  etcdEndpoints: string[];
  haproxy: { readWrite: string | null; readOnly: string | null; statsUrl: string | null };
  members: { name: string; apiUrl: string; host: string; port: number }[];
  /** HAProxy's stats login, already sealed: stored as the cluster's own (inline) credential. */
  statsLogin: { username: string; sealedSecret: string } | null;
  /** Already sealed by the SecretBox: a login given inline, stored as the cluster's own credential. */
  databaseLogin: { username: string; sealedSecret: string } | null;
  /** Or a credential from the store. */
  databaseCredentialId?: string | null;
}

/** The row of a cluster's own HAProxy stats login in the credentials store. */
export const statsCredential = (clusterName: string, username: string, sealedSecret: string) => ({
  inline: true,
  kind: 'http',
  name: `${clusterName} HAProxy stats login`,
  username,
  secret: sealedSecret,
});

/** The clusters inventory in SQLite. Nothing else writes these tables. */
export class ClusterRepository {
  constructor(private readonly db: PrismaClient) {}

  list(): Promise<ClusterRecord[]> {
    return this.db.cluster.findMany({ include: clusterWithMembers, orderBy: { name: 'asc' } });
  }

  find(id: string): Promise<ClusterRecord | null> {
    return this.db.cluster.findUnique({ where: { id }, include: clusterWithMembers });
  }

  findByName(name: string): Promise<ClusterRecord | null> {
    return this.db.cluster.findUnique({ where: { name }, include: clusterWithMembers });
  }

  /** A cluster with the same Patroni scope in one of the same etcd endpoints, or with a member API URL in common. */
  async findSame(
    scope: string,
    namespace: string,
    etcdEndpoints: string[],
    apiUrls: string[],
  ): Promise<ClusterRecord | null> {
    const all = await this.list();
    return (
      all.find((c) => {
        const endpoints = JSON.parse(c.etcdEndpoints) as string[];
        const sameDcs =
          c.scope === scope && c.namespace === namespace && endpoints.some((e) => etcdEndpoints.includes(e));
        return sameDcs || c.members.some((m) => apiUrls.includes(m.apiUrl));
      }) ?? null
    );
  }

  create(c: NewCluster): Promise<ClusterRecord> {
    return this.db.cluster.create({
      data: {
        name: c.name,
        scope: c.scope,
        namespace: c.namespace,
        etcdEndpoints: JSON.stringify(c.etcdEndpoints),
        haproxyReadWrite: c.haproxy.readWrite,
        haproxyReadOnly: c.haproxy.readOnly,
        haproxyStatsUrl: c.haproxy.statsUrl,
        haproxyStatsCredential: c.statsLogin
          ? { create: statsCredential(c.name, c.statsLogin.username, c.statsLogin.sealedSecret) }
          : undefined,
        members: { create: c.members },
        databaseCredential: c.databaseLogin
          ? {
              create: {
                inline: true,
                kind: 'database',
                name: `${c.name} probe login`,
                username: c.databaseLogin.username,
                secret: c.databaseLogin.sealedSecret,
              },
            }
          : c.databaseCredentialId
            ? { connect: { id: c.databaseCredentialId } }
            : undefined,
      },
      include: clusterWithMembers,
    });
  }

  async addMember(clusterId: string, m: NewCluster['members'][number]): Promise<void> {
    await this.db.member.upsert({
      where: { clusterId_name: { clusterId, name: m.name } },
      create: { clusterId, ...m },
      update: { apiUrl: m.apiUrl, host: m.host, port: m.port },
    });
  }

  update(id: string, data: Prisma.ClusterUpdateInput): Promise<ClusterRecord> {
    return this.db.cluster.update({ where: { id }, data, include: clusterWithMembers });
  }

  /** Removes a cluster's own (inline) credential once nothing uses it; credentials from the store stay. */
  async deleteInlineCredential(id: string): Promise<void> {
    await this.db.credential.deleteMany({
      where: { id, inline: true, clusters: { none: {} }, statsOf: { none: {} } },
    });
  }

  async findCredential(id: string) {
    return this.db.credential.findUnique({ where: { id } });
  }

  async delete(id: string): Promise<void> {
    const cluster = await this.find(id);
    if (!cluster) return;
    await this.db.cluster.delete({ where: { id } });
    if (cluster.databaseCredentialId) await this.deleteInlineCredential(cluster.databaseCredentialId);
    if (cluster.haproxyStatsCredentialId) await this.deleteInlineCredential(cluster.haproxyStatsCredentialId);
  }
}
