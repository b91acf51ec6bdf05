import { Etcd3, type IOptions, type IResponseHeader, type Watcher } from 'etcd3';
import type { HttpLogin } from '../haproxy/basic-auth.js';
import type { TlsSettings } from '../net/tls-settings.js';

/** How to reach one cluster's etcd: TLS (CA, client certificate) and an etcd user (`auth enable`). */
export interface EtcdAccess {
  tls?: TlsSettings;
  login?: HttpLogin;
}

/**
 * One cluster's etcd: its endpoints and its access. Passed with every call, not looked up by endpoints:
 * clusters often share one etcd, each with its own user.
 */
export interface EtcdTarget {
  endpoints: string[];
  access?: EtcdAccess;
}

/** etcd3's options for the access settings. */
export function etcd3Options(endpoints: string[], access: EtcdAccess | undefined): IOptions {
  // The scheme decides the channel: TLS settings on an http:// etcd (verification turned off for
  // the cluster's Patroni, say) would make gRPC speak TLS to a plain port and never connect.
  const tls = endpoints.every((e) => e.startsWith('https:')) ? access?.tls : undefined;
  return {
    hosts: endpoints,
    dialTimeout: 2_000,
    ...(tls
      ? {
          credentials: {
            // gRPC has no "do not verify": it always checks the chain against these roots.
            ...(tls.ca ? { rootCertificate: Buffer.from(tls.ca) } : {}),
            ...(tls.cert && tls.key
              ? { certChain: Buffer.from(tls.cert), privateKey: Buffer.from(tls.key) }
              : {}),
          } as NonNullable<IOptions['credentials']>,
        }
      : {}),
    ...(access?.login ? { auth: { username: access.login.username, password: access.login.password } } : {}),
  };
}

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

/** A fresh read of every key under a prefix, with what etcd's response header says about the store. */
export interface PrefixRead {
  /** Relative key -> value. */
  values: Record<string, string>;
  /** etcd's cluster id: a different one means a different (rebuilt or replaced) etcd cluster. */
  clusterId: string;
  /** The store's revision when it answered. */
  revision: bigint;
  /** The newest modification among the keys read (0 when there are none). */
  maxModRevision: bigint;
}

export interface PrefixWatch {
  /** The keys as read right after the watch started. */
  initial: PrefixRead;
  /** The revision the watch would resume from: every change before it has been delivered. */
  nextRevision(): bigint;
  /** Why etcd cancelled the watch (e.g. it asked for a compacted revision), which then delivers nothing more. */
  cancelled(): string | null;
  stop(): Promise<void>;
}

/**
 * The one module that holds etcd gRPC connections. Clients are shared by endpoint set (many clusters can
 * live in one etcd) and closed when their last user stops. The etcd3 library re-establishes watches
 * after a disconnect by itself, resuming from the last revision it saw; it cannot tell that the etcd it
 * reconnected to is another one (rebuilt, restored), which is why `readPrefix` exists: callers check a
 * watch against a fresh read (cluster id, revision) and restart it when they disagree.
 */
export class EtcdWatchPool {
  private readonly clients = new Map<string, { client: Etcd3; users: number }>();
  private closed = false;

  async watchPrefix(
    etcd: EtcdTarget,
    prefix: string,
    onChange: (change: KeyChange) => void,
    onError: (error: Error) => void,
    onReconnected: () => void = () => undefined,
  ): Promise<PrefixWatch> {
    const { key, entry } = this.acquire(etcd);
    const relative = (k: Buffer): string => k.toString('utf8').slice(prefix.length);
    let watcher: Watcher;
    let initial: PrefixRead;
    try {
      watcher = await entry.client.watch().prefix(prefix).create();
      initial = await readWith(entry.client, prefix);
    } catch (error) {
      this.release(key, entry);
      throw error;
    }
    let cancelled: string | null = null;
    watcher.on('put', (kv) =>
      onChange({ key: relative(kv.key), kind: 'put', value: kv.value.toString('utf8') }),
    );
    watcher.on('delete', (kv) => onChange({ key: relative(kv.key), kind: 'delete', value: '' }));
    // 'error' means etcd cancelled the watch for good; 'disconnected' is followed by a reconnect.
    watcher.on('error', (error: Error) => {
      cancelled = error.message;
      onError(error);
    });
    watcher.on('disconnected', onError);
    watcher.on('connected', onReconnected);

    let stopped = false;
    return {
      initial,
      nextRevision: () => BigInt(watcher.lastRevision() ?? '0'),
      cancelled: () => cancelled,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        await watcher.cancel().catch(() => undefined);
        this.release(key, entry);
      },
    };
  }

  /** A fresh read under `prefix`, on the same connection the watch uses. */
  async readPrefix(etcd: EtcdTarget, prefix: string): Promise<PrefixRead> {
    const { key, entry } = this.acquire(etcd);
    try {
      return await readWith(entry.client, prefix);
    } finally {
      this.release(key, entry);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const { client } of this.clients.values()) client.close();
    this.clients.clear();
  }

  private acquire({ endpoints, access }: EtcdTarget): {
    key: string;
    entry: { client: Etcd3; users: number };
  } {
    if (this.closed) throw new Error('etcd watch pool is closed');
    // Another user (or none) is another connection: etcd's permissions belong to the signed-in user.
    const key = `${[...endpoints].sort().join(',')}|${access?.login?.username ?? ''}`;
    const entry = this.clients.get(key) ?? { client: new Etcd3(etcd3Options(endpoints, access)), users: 0 };
    entry.users += 1;
    this.clients.set(key, entry);
    return { key, entry };
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

async function readWith(client: Etcd3, prefix: string): Promise<PrefixRead> {
  const response = await client.getAll().prefix(prefix).exec();
  const values: Record<string, string> = {};
  let maxModRevision = 0n;
  for (const kv of response.kvs) {
    values[kv.key.toString('utf8').slice(prefix.length)] = kv.value.toString('utf8');
    const mod = BigInt(kv.mod_revision ?? 0);
    if (mod > maxModRevision) maxModRevision = mod;
  }
  return { values, ...fromHeader(response.header), maxModRevision };
}

function fromHeader(header: IResponseHeader): { clusterId: string; revision: bigint } {
  return { clusterId: String(header.cluster_id), revision: BigInt(header.revision) };
}
