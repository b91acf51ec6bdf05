import type {
  ClusterDetail,
  ClusterState,
  ClusterSummary,
  DatabaseLogin,
  ImportClusterRequest,
  UpdateClusterRequest,
} from '@keel/shared';
import { KeelError, notFound } from '../errors.js';
import type { ObserverRegistry } from '../observe/registry.js';
import type { ClusterTarget } from '../observe/target.js';
import type { PatroniClient } from '../patroni/client.js';
import type { SecretBox } from '../security/secret-box.js';
import { discoverCluster } from './discover.js';
import { statsCredential, type ClusterRecord, type ClusterRepository } from './repository.js';
import { splitStatsUrl } from './stats-login.js';

/** What is sealed for a database login: the password and the database name travel together. */
interface SealedLogin {
  password: string;
  database: string;
}

/** The clusters inventory and its live state: import, list, read, change, remove. */
export class ClusterService {
  constructor(
    private readonly repo: ClusterRepository,
    private readonly observers: ObserverRegistry,
    private readonly patroni: PatroniClient,
    private readonly box: SecretBox,
  ) {}

  /** Starts observing every cluster in the inventory (at server start). */
  async observeAll(): Promise<void> {
    for (const record of await this.repo.list())
      await this.observers.observe(this.toTarget(await this.sealLegacyStatsLogin(record)));
  }

  /** A stored login's secret was replaced: the clusters that use it reconnect with the new one. */
  async reconnectUsing(credentialId: string): Promise<void> {
    for (const record of await this.repo.list()) {
      if (record.databaseCredentialId === credentialId || record.haproxyStatsCredentialId === credentialId)
        await this.observers.observe(this.toTarget(record));
    }
  }

  /** Versions before 0.2 kept a stats login inside the URL, in clear: it moves to the credentials store. */
  private async sealLegacyStatsLogin(r: ClusterRecord): Promise<ClusterRecord> {
    if (!r.haproxyStatsUrl || splitStatsUrl(r.haproxyStatsUrl).login === null) return r;
    return this.repo.update(r.id, this.statsUrlChange(r, r.haproxyStatsUrl));
  }

  /** The inventory change for a new stats URL: the address as given, its login sealed apart. */
  private statsUrlChange(r: ClusterRecord | null, statsUrl: string | null | undefined) {
    const { url, login } = statsUrl ? splitStatsUrl(statsUrl) : { url: null, login: null };
    const sealed = login && this.box.seal(JSON.stringify({ password: login.password }));
    return {
      haproxyStatsUrl: url,
      haproxyStatsCredential:
        login && sealed
          ? { create: statsCredential(r?.name ?? 'cluster', login.username, sealed) }
          : r?.haproxyStatsCredentialId
            ? { disconnect: true }
            : undefined,
    };
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
    const credential = await this.repo.findCredential(credentialId);
    if (!credential) throw notFound('Credential', credentialId);
    if (credential.kind !== 'database') {
      throw new KeelError(
        'VALIDATION_FAILED',
        `body/databaseCredentialId must be a database login; "${credential.name}" is ${credential.kind}`,
      );
    }
  }

  async import(request: ImportClusterRequest): Promise<ClusterDetail> {
    await this.checkLoginChoice(request.database, request.databaseCredentialId);
    if (await this.repo.findByName(request.name)) {
      throw new KeelError('CONFLICT', `A cluster named "${request.name}" is already in Keel`);
    }
    const stats = request.haproxy?.statsUrl ? splitStatsUrl(request.haproxy.statsUrl) : null;
    const found = await discoverCluster(this.patroni, request);
    const same = await this.repo.findSame(
      found.scope,
      found.namespace,
      found.etcdEndpoints,
      found.members.map((m) => m.apiUrl),
    );
    if (same) {
      throw new KeelError(
        'CONFLICT',
        `This cluster (scope "${found.scope}") is already in Keel as "${same.name}"`,
      );
    }
    const record = await this.repo.create({
      name: request.name,
      ...found,
      haproxy: {
        readWrite: request.haproxy?.readWrite ?? null,
        readOnly: request.haproxy?.readOnly ?? null,
        statsUrl: stats?.url ?? null,
      },
      statsLogin: stats?.login
        ? {
            username: stats.login.username,
            sealedSecret: this.box.seal(JSON.stringify({ password: stats.login.password })),
          }
        : null,
      databaseLogin: request.database ? this.sealLogin(request.database) : null,
      databaseCredentialId: request.databaseCredentialId ?? null,
    });
    await this.observers.observe(this.toTarget(record));
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
        `body/patroniUrls names no member of ${record.name}: ${unknown.join(', ')} (members: ${record.members.map((m) => m.name).join(', ')})`,
      );
    }
    const login = patch.database === undefined ? undefined : patch.database && this.sealLogin(patch.database);
    const reference = patch.databaseCredentialId;
    const loginChanges = login !== undefined || reference !== undefined;
    const updated = await this.repo.update(id, {
      name: patch.name,
      ...(patch.etcdEndpoints && { etcdEndpoints: JSON.stringify(patch.etcdEndpoints) }),
      ...(patch.patroniUrls && {
        members: {
          updateMany: Object.entries(patch.patroniUrls).map(([name, apiUrl]) => ({
            where: { name },
            data: { apiUrl },
          })),
        },
      }),
      ...(patch.haproxy && {
        haproxyReadWrite: patch.haproxy.readWrite ?? null,
        haproxyReadOnly: patch.haproxy.readOnly ?? null,
        ...this.statsUrlChange({ ...record, name: patch.name ?? record.name }, patch.haproxy.statsUrl),
      }),
      ...(reference !== undefined && {
        databaseCredential: reference ? { connect: { id: reference } } : { disconnect: true },
      }),
      ...(login !== undefined && {
        databaseCredential: login
          ? {
              create: {
                inline: true,
                kind: 'database',
                name: `${patch.name ?? record.name} probe login`,
                username: login.username,
                secret: login.sealedSecret,
              },
            }
          : { disconnect: true },
      }),
    });
    if (loginChanges && record.databaseCredentialId && record.databaseCredentialId !== reference) {
      await this.repo.deleteInlineCredential(record.databaseCredentialId);
    }
    if (patch.haproxy && record.haproxyStatsCredentialId)
      await this.repo.deleteInlineCredential(record.haproxyStatsCredentialId);
    await this.observers.observe(this.toTarget(updated));
    return this.detail(updated);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.repo.find(id))) throw notFound('Cluster', id);
    await this.observers.forget(id);
    await this.repo.delete(id);
  }

  private sealLogin(login: DatabaseLogin): { username: string; sealedSecret: string } {
    const sealed: SealedLogin = { password: login.password, database: login.database ?? 'postgres' };
    return { username: login.username, sealedSecret: this.box.seal(JSON.stringify(sealed)) };
  }

  private toTarget(r: ClusterRecord): ClusterTarget {
    let login: ClusterTarget['login'] = null;
    if (r.databaseCredential?.username) {
      const sealed = JSON.parse(this.box.open(r.databaseCredential.secret)) as SealedLogin;
      login = { username: r.databaseCredential.username, ...sealed };
    }
    return {
      id: r.id,
      name: r.name,
      scope: r.scope,
      namespace: r.namespace,
      etcdEndpoints: JSON.parse(r.etcdEndpoints) as string[],
      members: r.members.map((m) => ({ name: m.name, apiUrl: m.apiUrl, host: m.host, port: m.port })),
      haproxy: {
        readWrite: r.haproxyReadWrite,
        readOnly: r.haproxyReadOnly,
        statsUrl: r.haproxyStatsUrl,
        statsLogin: r.haproxyStatsCredential?.username
          ? {
              username: r.haproxyStatsCredential.username,
              password: (JSON.parse(this.box.open(r.haproxyStatsCredential.secret)) as { password: string })
                .password,
            }
          : null,
      },
      login,
    };
  }

  /** A cluster added to the database by another process (e.g. `register-lab`) is observed from now on. */
  private async stateOf(r: ClusterRecord): Promise<ClusterState> {
    if (!this.observers.state(r.id)) await this.observers.observe(this.toTarget(r));
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
      etcdEndpoints: JSON.parse(r.etcdEndpoints) as string[],
      haproxyEndpoints: {
        readWrite: r.haproxyReadWrite,
        readOnly: r.haproxyReadOnly,
        statsUrl: r.haproxyStatsUrl,
        statsUsername: r.haproxyStatsCredential?.username ?? null,
      },
      hasDatabaseLogin: r.databaseCredentialId !== null,
      databaseCredentialId: r.databaseCredentialId,
      createdAt: r.createdAt.toISOString(),
    };
  }
}
