import type { ClusterState } from '@keel/shared';
import { errorMessage } from '../failure.js';
import type { ClusterTarget } from '../observe/target.js';
import { readPgSettings } from '../postgres/settings.js';
import type { ParameterCatalog } from './config-parameters.js';

const freshMs = 15_000;

/**
 * Each cluster's pg_settings, read through its database login and kept a few seconds (a preview and the
 * apply that follows ask twice). The leader first, then HAProxy's read-write port, then any member.
 */
export class SettingsCatalog {
  private readonly cache = new Map<string, { at: number; catalog: ParameterCatalog }>();

  constructor(
    private readonly targetOf: (clusterId: string) => ClusterTarget | undefined,
    private readonly stateOf: (clusterId: string) => ClusterState | undefined,
    private readonly now: () => number = Date.now,
  ) {}

  /** The catalog, or a sentence saying why it could not be read. */
  async get(clusterId: string): Promise<ParameterCatalog | string> {
    const cached = this.cache.get(clusterId);
    if (cached && this.now() - cached.at < freshMs) return cached.catalog;
    const target = this.targetOf(clusterId);
    if (!target) return 'Keel is not observing this cluster';
    if (!target.login)
      return 'Keel has no database login for this cluster (add one in its connection settings)';
    const failures: string[] = [];
    for (const endpoint of this.endpoints(target, this.stateOf(clusterId))) {
      try {
        const catalog = await readPgSettings(endpoint, target.login);
        this.cache.set(clusterId, { at: this.now(), catalog });
        return catalog;
      } catch (error) {
        failures.push(`${endpoint}: ${errorMessage(error)}`);
      }
    }
    return failures.length > 0
      ? `no server answered (${failures.join('; ')})`
      : 'no PostgreSQL endpoint is known';
  }

  private endpoints(target: ClusterTarget, state: ClusterState | undefined): string[] {
    const member = (name: string | null | undefined) => target.members.find((m) => m.name === name);
    const leader = member(state?.leader);
    const all = [
      ...(leader?.host ? [`${leader.host}:${leader.port}`] : []),
      ...(target.haproxy.readWrite ? [target.haproxy.readWrite] : []),
      ...target.members.filter((m) => m.host).map((m) => `${m.host}:${m.port}`),
    ];
    return [...new Set(all)];
  }
}
