import type {
  ActivityEvent,
  ClusterDetail,
  ClusterState,
  ClusterSummary,
  DatabaseLogin,
  ImportClusterRequest,
  UpdateClusterRequest,
} from '@keel/shared';
import { KeelError, notFound } from '../errors.js';
import type { ActivityLog } from '../observe/activity-log.js';
import type { ObserverRegistry } from '../observe/registry.js';
import type { ClusterTarget } from '../observe/target.js';
import type { HttpLogin } from '../haproxy/basic-auth.js';
import type { CredentialService } from '../security/credentials.js';
import { discoverCluster } from './discover.js';
import type { ClusterChange, ClusterRecord, ClusterRepository } from './repository.js';
import { ClusterSecurityStore } from './security-store.js';
import { checkedHostAccess, viewHostAccess } from './host-access.js';
import { splitStatsUrl } from './stats-login.js';

/**
 * The clusters inventory and its live state: import, list, read, change, remove. The logins a cluster
 * uses are credentials: this service names them, CredentialService seals, stores and opens them.
 */
export class ClusterService {
  private readonly security: ClusterSecurityStore;

  constructor(
    private readonly repo: ClusterRepository,
    private readonly observers: ObserverRegistry,
    private readonly credentials: CredentialService,
    private readonly activity: ActivityLog,
  ) {
    this.security = new ClusterSecurityStore(credentials);
  }

  /** Starts observing every cluster in the inventory (at server start). */
  async observeAll(): Promise<void> {
    for (const record of await this.repo.list())
      await this.observers.observe(await this.toTarget(await this.sealLegacyStatsLogin(record)));
  }

  /** A stored login's secret was replaced: the clusters that use it reconnect with the new one. */
  async reconnectUsing(credentialId: string): Promise<void> {
    for (const record of await this.repo.list()) {
      const { tlsVerify: _, ...security } = record.security;
      if (
        record.databaseCredentialId === credentialId ||
        record.statsCredentialId === credentialId ||
        Object.values(security).includes(credentialId) ||
        record.hostAccess?.credentialId === credentialId
      )
        await this.observers.observe(await this.toTarget(record));
    }
  }

  /** Versions before 0.2 kept a stats login inside the URL, in clear: it moves to the credentials store. */
  private async sealLegacyStatsLogin(r: ClusterRecord): Promise<ClusterRecord> {
    if (!r.haproxy.statsUrl) return r;
    const { url, login } = splitStatsUrl(r.haproxy.statsUrl);
    if (login === null) return r;
    const statsCredentialId = await this.storeStatsLogin(r.name, login);
    const updated = await this.repo.update(r.id, {
      haproxy: { ...r.haproxy, statsUrl: url },
      statsCredentialId,
    });
    await this.credentials.releaseInline(r.statsCredentialId);
    return updated;
  }

  /** HAProxy's stats login, kept as the cluster's own credential; answers its id. */
  private storeStatsLogin(clusterName: string, login: HttpLogin): Promise<string> {
    return this.credentials.createInline('http', `${clusterName} HAProxy stats login`, login.username, {
      password: login.password,
    });
  }

  /** A probe login given inline, kept as the cluster's own credential (the database name sealed with it). */
  private storeDatabaseLogin(clusterName: string, login: DatabaseLogin): Promise<string> {
    return this.credentials.createInline('database', `${clusterName} probe login`, login.username, {
      password: login.password,
      database: login.database ?? 'postgres',
    });
  }

  async list(): Promise<ClusterSummary[]> {
    const records = await this.repo.list();
    return Promise.all(
      records.map(async (r) => {
        const state = await this.stateOf(r);
        return {
          id: r.id,
          name: r.name,
          scope: r.scope,
          leader: state.leader,
          paused: state.paused,
          memberCount: state.members.length,
          health: state.health,
          createdAt: r.createdAt.toISOString(),
        };
      }),
    );
  }

  async get(id: string): Promise<ClusterDetail> {
    const record = await this.repo.find(id);
    if (!record) throw notFound('Cluster', id);
    return this.detail(record);
  }

  /** Re-reads every source of the cluster now (an operator who doubts Keel's view), then answers it. */
  async refresh(id: string): Promise<ClusterDetail> {
    const record = await this.repo.find(id);
    if (!record) throw notFound('Cluster', id);
    await this.observers.refresh(id, 'asked for by a person (Re-read now)');
    return this.detail(record);
  }

  /** The cluster's kept activity, newest first: what "Live activity" showed before this page opened. */
  async recentActivity(id: string, limit: number): Promise<ActivityEvent[]> {
    if (!(await this.repo.find(id))) throw notFound('Cluster', id);
    return this.activity.recent(id, limit);
  }

  async lagHistory(id: string): Promise<Record<string, { at: string; lagBytes: number | null }[]>> {
    if (!(await this.repo.find(id))) throw notFound('Cluster', id);
    return this.observers.lagHistory(id) ?? {};
  }

  /** `database` (inline) or `databaseCredentialId` (from the store), not both; a referenced one must be a database login. */
  private async checkLoginChoice(database: unknown, credentialId: string | null | undefined): Promise<void> {
    if (database && credentialId) {
      throw new KeelError(
        'VALIDATION_FAILED',
        'Give either body/database or body/databaseCredentialId, not both',
      );
    }
    if (!credentialId) return;
    const credential = await this.credentials.get(credentialId);
    if (credential.kind !== 'database') {
      throw new KeelError(
        'VALIDATION_FAILED',
        `body/databaseCredentialId must be a database login; "${credential.name}" is ${credential.kind}`,
      );
    }
  }

  async import(request: ImportClusterRequest): Promise<ClusterDetail> {
    await this.checkLoginChoice(request.database, request.databaseCredentialId);
    const hostAccess = await checkedHostAccess(this.credentials, request.hostAccess);
    if (await this.repo.findByName(request.name)) {
      throw new KeelError('CONFLICT', `A cluster named "${request.name}" is already in Keel`);
    }
    const stats = request.haproxy?.statsUrl ? splitStatsUrl(request.haproxy.statsUrl) : null;
    // Certificates are checked (and sealed) before discovery: discovery talks to the cluster with them.
    const security = await this.security.store(request.name, request.security);
    const found = await discoverCluster(request, await this.security.open(security.ids)).catch(
      async (error: unknown) => {
        await this.security.release(security.created);
        throw error;
      },
    );
    const same = await this.repo.findSame(
      found.scope,
      found.namespace,
      found.etcdEndpoints,
      found.members.map((m) => m.apiUrl),
    );
    if (same) {
      await this.security.release(security.created);
      throw new KeelError(
        'CONFLICT',
        `This cluster (scope "${found.scope}") is already in Keel as "${same.name}"`,
      );
    }
    const statsCredentialId = stats?.login ? await this.storeStatsLogin(request.name, stats.login) : null;
    const ownLoginId = request.database
      ? await this.storeDatabaseLogin(request.name, request.database)
      : null;
    const record = await this.repo
      .create({
        name: request.name,
        ...found,
        haproxy: {
          readWrite: request.haproxy?.readWrite ?? null,
          readOnly: request.haproxy?.readOnly ?? null,
          statsUrl: stats?.url ?? null,
        },
        statsCredentialId,
        databaseCredentialId: ownLoginId ?? request.databaseCredentialId ?? null,
        security: security.ids,
        hostAccess,
      })
      .catch(async (error: unknown) => {
        // The cluster was not stored (e.g. a name taken meanwhile): its own logins go with it.
        await this.credentials.releaseInline(statsCredentialId);
        await this.credentials.releaseInline(ownLoginId);
        await this.security.release(security.created);
        throw error;
      });
    await this.observers.observe(await this.toTarget(record));
    await this.observers.firstObservation(record.id);
    return this.detail(record);
  }

  /** A member Patroni lists that the inventory did not know: remember it. */
  async recordMember(clusterId: string, member: ClusterTarget['members'][number]): Promise<void> {
    await this.repo.addMember(clusterId, member);
  }

  async update(id: string, patch: UpdateClusterRequest): Promise<ClusterDetail> {
    const record = await this.repo.find(id);
    if (!record) throw notFound('Cluster', id);
    if (patch.name && patch.name !== record.name && (await this.repo.findByName(patch.name))) {
      throw new KeelError('CONFLICT', `A cluster named "${patch.name}" is already in Keel`);
    }
    await this.checkLoginChoice(patch.database, patch.databaseCredentialId);
    const unknown = Object.keys(patch.patroniUrls ?? {}).filter(
      (name) => !record.members.some((m) => m.name === name),
    );
    if (unknown.length > 0) {
      throw new KeelError(
        'VALIDATION_FAILED',
        `patroniUrls names no member of ${record.name}: ${unknown.join(', ')} (members: ${record.members.map((m) => m.name).join(', ')})`,
      );
    }
    const name = patch.name ?? record.name;
    const change: ClusterChange = {
      name: patch.name,
      etcdEndpoints: patch.etcdEndpoints,
      memberApiUrls: patch.patroniUrls,
      hostAccess: await checkedHostAccess(this.credentials, patch.hostAccess),
    };
    // A login given inline replaces the cluster's own; a stored one is linked; null unlinks either.
    if (patch.database !== undefined)
      change.databaseCredentialId = patch.database && (await this.storeDatabaseLogin(name, patch.database));
    if (patch.databaseCredentialId !== undefined) change.databaseCredentialId = patch.databaseCredentialId;
    if (patch.haproxy) {
      const stats = patch.haproxy.statsUrl ? splitStatsUrl(patch.haproxy.statsUrl) : null;
      change.haproxy = {
        readWrite: patch.haproxy.readWrite ?? null,
        readOnly: patch.haproxy.readOnly ?? null,
        statsUrl: stats?.url ?? null,
      };
      change.statsCredentialId = stats?.login ? await this.storeStatsLogin(name, stats.login) : null;
    }
    const security = await this.security.store(name, patch.security, record.security);
    if (patch.security) change.security = security.ids;
    const updated = await this.repo.update(id, change);
    await this.security.release(security.replaced);
    if (
      change.databaseCredentialId !== undefined &&
      record.databaseCredentialId !== change.databaseCredentialId
    )
      await this.credentials.releaseInline(record.databaseCredentialId);
    if (change.statsCredentialId !== undefined)
      await this.credentials.releaseInline(record.statsCredentialId);
    await this.observers.observe(await this.toTarget(updated));
    return this.detail(updated);
  }

  async remove(id: string): Promise<void> {
    const record = await this.repo.find(id);
    if (!record) throw notFound('Cluster', id);
    await this.observers.forget(id);
    await this.repo.delete(id);
    await this.credentials.releaseInline(record.databaseCredentialId);
    await this.credentials.releaseInline(record.statsCredentialId);
    const { tlsVerify: _, ...own } = record.security;
    await this.security.release(Object.values(own));
  }

  /** What the observer needs: the inventory, with the cluster's logins opened. */
  private async toTarget(r: ClusterRecord): Promise<ClusterTarget> {
    const security = await this.security.open(r.security);
    // TLS on PostgreSQL when the cluster names a CA (verify-full, or unchecked if verification is off):
    // verification off alone says nothing of PostgreSQL, and must not turn a plain cluster's probe red.
    const sqlTls = security.tls.ca ? { tls: security.tls } : {};
    const database = await this.credentials.login(r.databaseCredentialId);
    const stats = await this.credentials.login(r.statsCredentialId);
    return {
      id: r.id,
      name: r.name,
      scope: r.scope,
      namespace: r.namespace,
      etcdEndpoints: r.etcdEndpoints,
      members: r.members,
      haproxy: {
        ...r.haproxy,
        statsLogin:
          stats && 'password' in stats.secret
            ? { username: stats.username, password: stats.secret.password }
            : null,
      },
      // A login from the store names no database: the same default as one given inline.
      login:
        database && 'password' in database.secret
          ? {
              username: database.username,
              password: database.secret.password,
              database: database.secret.database ?? 'postgres',
              ...sqlTls,
            }
          : null,
      security,
      hostAccess: r.hostAccess,
    };
  }

  /** A cluster added to the database by another process (e.g. `register-lab`) is observed from now on. */
  private async stateOf(r: ClusterRecord): Promise<ClusterState> {
    if (!this.observers.state(r.id)) await this.observers.observe(await this.toTarget(r));
    const state = this.observers.state(r.id);
    if (!state)
      throw new KeelError(
        'INTERNAL',
        `cluster ${r.name} is not being observed (the server is shutting down)`,
      );
    return state;
  }

  private async detail(r: ClusterRecord): Promise<ClusterDetail> {
    return {
      ...(await this.stateOf(r)),
      namespace: r.namespace,
      etcdEndpoints: r.etcdEndpoints,
      haproxyEndpoints: { ...r.haproxy, statsUsername: await this.credentials.username(r.statsCredentialId) },
      hasDatabaseLogin: r.databaseCredentialId !== null,
      databaseCredentialId: r.databaseCredentialId,
      security: await this.security.view(r.security),
      hostAccess: await viewHostAccess(this.credentials, r.hostAccess),
      createdAt: r.createdAt.toISOString(),
    };
  }
}
