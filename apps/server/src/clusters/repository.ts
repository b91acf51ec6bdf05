import type { Prisma, PrismaClient } from '../generated/prisma/index.js';
import type { SecurityIds } from './security-store.js';

const withMembers = { members: true } satisfies Prisma.ClusterInclude;
type Row = Prisma.ClusterGetPayload<{ include: typeof withMembers }>;

export interface InventoryMember {
  name: string;
  apiUrl: string;
  host: string;
  port: number;
}

/** A cluster as the inventory keeps it. Its logins are credentials, named by id (CredentialService owns them). */
export interface ClusterRecord {
  id: string;
  name: string;
  scope: string;
  namespace: string;
  etcdEndpoints: string[];
  members: InventoryMember[];
  haproxy: { readWrite: string | null; readOnly: string | null; statsUrl: string | null };
  statsCredentialId: string | null;
  databaseCredentialId: string | null;
  /** TLS and logins for Patroni and etcd (credential ids) and whether certificates are verified. */
  security: SecurityIds;
  /** The SSH login to the members' hosts (credential id), its port and host key choice; null: none. */
  hostAccess: HostAccess | null;
  createdAt: Date;
}

export interface HostAccess {
  credentialId: string;
  port: number;
  trustOnFirstUse: boolean;
}

/** A cluster to store; without `security` it has no TLS settings or logins and verifies certificates. */
export type NewCluster = Omit<ClusterRecord, 'id' | 'createdAt' | 'security' | 'hostAccess'> & {
  security?: SecurityIds;
  hostAccess?: HostAccess | null;
};

/** A change to the inventory: what is absent stays; a credential id of null unlinks the login. */
export interface ClusterChange {
  name?: string;
  etcdEndpoints?: string[];
  /** Member name → Patroni REST URL, for members the inventory already has. */
  memberApiUrls?: Record<string, string>;
  haproxy?: ClusterRecord['haproxy'];
  statsCredentialId?: string | null;
  databaseCredentialId?: string | null;
  security?: SecurityIds;
  hostAccess?: HostAccess | null;
}

// JSON columns are parsed here and nowhere else: the rest of Keel sees typed values.
const toRecord = (r: Row): ClusterRecord => ({
  id: r.id,
  name: r.name,
  scope: r.scope,
  namespace: r.namespace,
  etcdEndpoints: JSON.parse(r.etcdEndpoints) as string[],
  members: r.members.map((m) => ({ name: m.name, apiUrl: m.apiUrl, host: m.host, port: m.port })),
  haproxy: { readWrite: r.haproxyReadWrite, readOnly: r.haproxyReadOnly, statsUrl: r.haproxyStatsUrl },
  statsCredentialId: r.haproxyStatsCredentialId,
  databaseCredentialId: r.databaseCredentialId,
  security: {
    patroniCredentialId: r.patroniCredentialId,
    etcdCredentialId: r.etcdCredentialId,
    caCredentialId: r.caCredentialId,
    clientCertCredentialId: r.clientCertCredentialId,
    tlsVerify: r.tlsVerify,
  },
  hostAccess: r.sshCredentialId
    ? { credentialId: r.sshCredentialId, port: r.sshPort, trustOnFirstUse: r.sshTrustOnFirstUse }
    : null,
  createdAt: r.createdAt,
});

/** The security credentials as Prisma relation writes (absent: unchanged). */
const securityLinks = (s: SecurityIds | undefined, creating: boolean) =>
  s === undefined
    ? {}
    : {
        patroniCredential: link(creating ? (s.patroniCredentialId ?? undefined) : s.patroniCredentialId),
        etcdCredential: link(creating ? (s.etcdCredentialId ?? undefined) : s.etcdCredentialId),
        caCredential: link(creating ? (s.caCredentialId ?? undefined) : s.caCredentialId),
        clientCertCredential: link(
          creating ? (s.clientCertCredentialId ?? undefined) : s.clientCertCredentialId,
        ),
        tlsVerify: s.tlsVerify,
      };

/** The SSH access as column writes (absent: unchanged; null: none). */
const hostAccessColumns = (a: HostAccess | null | undefined, creating: boolean) =>
  a === undefined || (a === null && creating)
    ? {}
    : a === null
      ? { sshCredential: link(null), sshPort: 22, sshTrustOnFirstUse: false }
      : { sshCredential: link(a.credentialId), sshPort: a.port, sshTrustOnFirstUse: a.trustOnFirstUse };

const link = (id: string | null | undefined) =>
  id === undefined ? undefined : id === null ? { disconnect: true } : { connect: { id } };

/** The clusters inventory in SQLite (Cluster, Member). Nothing else writes these tables. */
export class ClusterRepository {
  constructor(private readonly db: PrismaClient) {}

  async list(): Promise<ClusterRecord[]> {
    const rows = await this.db.cluster.findMany({ include: withMembers, orderBy: { name: 'asc' } });
    return rows.map(toRecord);
  }

  async find(id: string): Promise<ClusterRecord | null> {
    const row = await this.db.cluster.findUnique({ where: { id }, include: withMembers });
    return row && toRecord(row);
  }

  async findByName(name: string): Promise<ClusterRecord | null> {
    const row = await this.db.cluster.findUnique({ where: { name }, include: withMembers });
    return row && toRecord(row);
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
        const sameDcs =
          c.scope === scope &&
          c.namespace === namespace &&
          c.etcdEndpoints.some((e) => etcdEndpoints.includes(e));
        return sameDcs || c.members.some((m) => apiUrls.includes(m.apiUrl));
      }) ?? null
    );
  }

  async create(c: NewCluster): Promise<ClusterRecord> {
    const row = await this.db.cluster.create({
      data: {
        name: c.name,
        scope: c.scope,
        namespace: c.namespace,
        etcdEndpoints: JSON.stringify(c.etcdEndpoints),
        haproxyReadWrite: c.haproxy.readWrite,
        haproxyReadOnly: c.haproxy.readOnly,
        haproxyStatsUrl: c.haproxy.statsUrl,
        haproxyStatsCredential: link(c.statsCredentialId ?? undefined),
        databaseCredential: link(c.databaseCredentialId ?? undefined),
        ...securityLinks(c.security, true),
        ...hostAccessColumns(c.hostAccess, true),
        members: { create: c.members },
      },
      include: withMembers,
    });
    return toRecord(row);
  }

  async update(id: string, c: ClusterChange): Promise<ClusterRecord> {
    const row = await this.db.cluster.update({
      where: { id },
      data: {
        name: c.name,
        ...(c.etcdEndpoints && { etcdEndpoints: JSON.stringify(c.etcdEndpoints) }),
        ...(c.memberApiUrls && {
          members: {
            updateMany: Object.entries(c.memberApiUrls).map(([name, apiUrl]) => ({
              where: { name },
              data: { apiUrl },
            })),
          },
        }),
        ...(c.haproxy && {
          haproxyReadWrite: c.haproxy.readWrite,
          haproxyReadOnly: c.haproxy.readOnly,
          haproxyStatsUrl: c.haproxy.statsUrl,
        }),
        haproxyStatsCredential: link(c.statsCredentialId),
        databaseCredential: link(c.databaseCredentialId),
        ...securityLinks(c.security, false),
        ...hostAccessColumns(c.hostAccess, false),
      },
      include: withMembers,
    });
    return toRecord(row);
  }

  async addMember(clusterId: string, m: InventoryMember): Promise<void> {
    await this.db.member.upsert({
      where: { clusterId_name: { clusterId, name: m.name } },
      create: { clusterId, ...m },
      update: { apiUrl: m.apiUrl, host: m.host, port: m.port },
    });
  }

  async delete(id: string): Promise<void> {
    await this.db.cluster.delete({ where: { id } });
  }
}
