import { patroniPrefix } from './watch.js';

/**
 * Whether an etcd holds this Patroni cluster in its v2 API (Patroni's `etcd:` section). Keel watches
 * only v3 (v2 is off by default since etcd 3.4 and removed in 3.6, and v2 keys are invisible to v3
 * clients), so such a cluster is named for what it is rather than shown without a DCS.
 */
export async function holdsV2Cluster(endpoint: string, namespace: string, scope: string): Promise<boolean> {
  try {
    const res = await fetch(new URL(`/v2/keys${patroniPrefix(namespace, scope)}members`, endpoint), {
      signal: AbortSignal.timeout(1_500),
    });
    if (!res.ok) return false;
    const body = (await res.json()) as { node?: { dir?: boolean; nodes?: unknown[] } };
    return Boolean(body.node?.dir && (body.node.nodes?.length ?? 0) > 0);
  } catch {
    return false;
  }
}

/** Where etcd usually runs for a Patroni cluster Keel found without one: beside each member. */
export function etcdBesideMembers(hosts: string[]): string[] {
  return [...new Set(hosts.filter(Boolean).map((h) => `http://${h.includes(':') ? `[${h}]` : h}:2379`))];
}
