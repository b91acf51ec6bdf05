import { inParallel } from './async.js';
import { putKey } from './etcd-http.js';
import type { KeelClient } from './keel-client.js';
import type { BenchCluster } from './scale-topology.js';

/** The benchmark's clusters in etcd, the way Patroni lays them out under `<namespace><scope>/`. */
export class Fleet {
  constructor(
    readonly etcdEndpoint: string,
    readonly namespace: string,
    readonly topology: BenchCluster[],
  ) {}

  key(scope: string, key: string): string {
    return `${this.namespace}${scope}/${key}`;
  }

  /** Every cluster's members/, initialize, config and leader keys, pg1 leading. */
  async writeKeys(): Promise<void> {
    await inParallel(this.topology, 16, async (c) => {
      for (const m of c.members) await this.writeMember(c, m.name, 'pg1', 1);
      await putKey(this.etcdEndpoint, this.key(c.scope, 'initialize'), '7712634522147701538');
      const config = JSON.stringify({ ttl: 20, loop_wait: 2, retry_timeout: 4 });
      await putKey(this.etcdEndpoint, this.key(c.scope, 'config'), config);
      await putKey(this.etcdEndpoint, this.key(c.scope, 'leader'), 'pg1');
    });
  }

  /** What Patroni 4 writes to `members/<name>` (api_url and conn_url are what Keel's import reads). */
  async writeMember(cluster: BenchCluster, name: string, leader: string, timeline: number): Promise<void> {
    const m = cluster.members.find((x) => x.name === name);
    if (!m) throw new Error(`no member ${name} in ${cluster.scope}`);
    const isLeader = name === leader;
    const value = JSON.stringify({
      conn_url: `postgres://${m.address}:5432/postgres`,
      api_url: `${m.apiUrl}/patroni`,
      state: 'running',
      role: isLeader ? 'primary' : 'replica',
      version: '4.0.7',
      xlog_location: 67108864,
      ...(isLeader ? {} : { replication_state: 'streaming' }),
      timeline,
    });
    await putKey(this.etcdEndpoint, this.key(cluster.scope, `members/${name}`), value);
  }

  /** Imports every cluster into Keel by etcd endpoint and scope, `concurrency` at a time. */
  async importInto(
    keel: KeelClient,
    concurrency: number,
  ): Promise<{ ids: Map<string, string>; took: number[] }> {
    const ids = new Map<string, string>();
    const took: number[] = [];
    await inParallel(this.topology, concurrency, async (c) => {
      const started = performance.now();
      const body = { name: c.scope, etcd: { endpoints: [this.etcdEndpoint], scope: c.scope } };
      const { data, error } = await keel.api.POST('/api/v1/clusters', { body });
      if (!data) throw new Error(`importing ${c.scope} failed: ${error?.message}`);
      ids.set(c.scope, data.id);
      took.push(performance.now() - started);
    });
    return { ids, took };
  }
}
