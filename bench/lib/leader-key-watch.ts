import { EtcdWatchPool, patroniPrefix, type KeyChange } from '../../apps/server/src/etcd/watch.js';

/** One change of the leader key: its new value (null when deleted) and the first moment any etcd member told us. */
export interface LeaderKeyChange {
  value: string | null;
  at: number;
}

/**
 * The benchmark's own clock on the leader key. It watches through every etcd member separately, because
 * each member notifies its watchers when it applies the change; the earliest report of a change is the
 * closest we get to "the moment the key changed". Every member reports the same sequence of values, so
 * the n-th transition one member reports is the n-th transition of the key.
 */
export class LeaderKeyWatch {
  readonly changes: LeaderKeyChange[] = [];
  private readonly pool = new EtcdWatchPool();
  private readonly stops: (() => Promise<void>)[] = [];

  private constructor() {}

  static async open(endpoints: string[], namespace: string, scope: string): Promise<LeaderKeyWatch> {
    const watch = new LeaderKeyWatch();
    try {
      for (const endpoint of endpoints) await watch.watchThrough(endpoint, patroniPrefix(namespace, scope));
    } catch (error) {
      await watch.close();
      throw error;
    }
    return watch;
  }

  private async watchThrough(endpoint: string, prefix: string): Promise<void> {
    let last: string | null | undefined;
    let seen = 0;
    const onChange = (change: KeyChange): void => {
      if (change.key !== 'leader') return;
      const value = change.kind === 'put' ? change.value : null;
      if (value === last) return; // Patroni refreshing its own key is no change.
      last = value;
      seen += 1;
      if (seen > this.changes.length) this.changes.push({ value, at: Date.now() });
    };
    const watch = await this.pool.watchPrefix({ endpoints: [endpoint] }, prefix, onChange, () => undefined);
    last = watch.initial.values.leader ?? null;
    this.stops.push(() => watch.stop());
  }

  async close(): Promise<void> {
    await Promise.all(this.stops.map((stop) => stop()));
    await this.pool.close();
  }
}
