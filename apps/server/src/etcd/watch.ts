import { Etcd3, type Watcher } from 'etcd3';

/** Patroni keeps a cluster's keys under `<namespace><scope>/`: leader, members/, config, history, failover, sync... */
export function patroniPrefix(namespace: string, scope: string): string {
  const ns = namespace.endsWith('/') ? namespace : `${namespace}/`;
  return `${ns.startsWith('/') ? ns : `/${ns}`}${scope}/`;
}

export interface KeyChange {
  /** The key relative to the cluster prefix, e.g. `leader` or `members/pg2`. */
  key: string;
  kind: 'put' | 'delete';
  value: string;
}

/**
 * The one module that holds etcd gRPC connections. Clients are shared by endpoint set (many clusters can
 * live in one etcd) and closed when their last watch stops. The etcd3 library re-establishes watches
 * after a disconnect by itself.
 */
export class EtcdWatchPool {
  private readonly clients = new Map<string, { client: Etcd3; users: number }>();
  private closed = false;

  /**
   * Calls `onChange` for every put/delete under `prefix`. Answers the keys' values as read right after the
   * watch started (relative key -> value), and a function that stops the watch.
   */
  async watchPrefix(
    endpoints: string[],
    prefix: string,
    onChange: (change: KeyChange) => void,
    onError: (error: Error) => void,
  ): Promise<{ initial: Record<string, string>; stop: () => Promise<void> }> {
    if (this.closed) throw new Error('etcd watch pool is closed');
    const key = [...endpoints].sort().join(',');
    const entry = this.clients.get(key) ?? {
      client: new Etcd3({ hosts: endpoints, dialTimeout: 2_000 }),
      users: 0,
    };
    entry.users += 1;
    this.clients.set(key, entry);

    const relative = (k: Buffer): string => k.toString('utf8').slice(prefix.length);
    let watcher: Watcher;
    let values: Record<string, string>;
    try {
      watcher = await entry.client.watch().prefix(prefix).create();
      values = await entry.client.getAll().prefix(prefix).strings();
    } catch (error) {
      this.release(key, entry);
      throw error;
    }
    watcher.on('put', (kv) =>
      onChange({ key: relative(kv.key), kind: 'put', value: kv.value.toString('utf8') }),
    );
    watcher.on('delete', (kv) => onChange({ key: relative(kv.key), kind: 'delete', value: '' }));
    watcher.on('error', onError);
    watcher.on('disconnected', onError);

    const initial = Object.fromEntries(Object.entries(values).map(([k, v]) => [k.slice(prefix.length), v]));
    const stop = async (): Promise<void> => {
      await watcher.cancel().catch(() => undefined);
      this.release(key, entry);
    };
    return { initial, stop };
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const { client } of this.clients.values()) client.close();
    this.clients.clear();
  }

  /** A watch that finishes starting after close() still closes its client here. */
  private release(key: string, entry: { client: Etcd3; users: number }): void {
    entry.users -= 1;
    if (entry.users <= 0 || this.closed) {
      entry.client.close();
      if (this.clients.get(key) === entry) this.clients.delete(key);
    }
  }
}
