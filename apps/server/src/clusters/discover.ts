import type { ImportClusterRequest } from '@keel/shared';
import { KeelError } from '../errors.js';
import { etcdAnswers, etcdClientUrls, readPrefix } from '../etcd/keys.js';
import { holdsV2Cluster } from '../etcd/v2.js';
import { patroniPrefix, type EtcdAccess } from '../etcd/watch.js';
import { PatroniClient, patroniBase, patroniTimeoutMs, unreachablePatroni } from '../patroni/client.js';
import { errorMessage } from '../failure.js';
import { etcdAccessOf, patroniConnectionOf, type ClusterSecurity } from './security-store.js';

export interface DiscoveredCluster {
  scope: string;
  namespace: string;
  etcdEndpoints: string[];
  members: { name: string; apiUrl: string; host: string; port: number }[];
}

const defaultNamespace = '/service/';
const etcdClientPort = 2379;

/** Patroni's member key in etcd holds JSON with its REST and PostgreSQL URLs. */
interface MemberKey {
  api_url?: string;
  conn_url?: string;
}

async function fromPatroni(
  patroni: PatroniClient,
  url: string,
  access: EtcdAccess,
): Promise<DiscoveredCluster> {
  const base = patroniBase(url);
  // /patroni answers from the member's own state; /cluster reads the DCS, so it is the one that fails
  // (after ~4 s on Patroni 4) while etcd is down or without quorum.
  const node = await patroni.node(base).catch((error: unknown) => {
    throw unreachablePatroni(error, url);
  });
  const cluster = await patroni.cluster(base).catch((error: unknown) => {
    throw new KeelError(
      'UNREACHABLE',
      `Patroni at ${url} answers, but cannot list its cluster's members (${errorMessage(error)}): it reads them from its DCS, so its etcd is probably down or without quorum. Import again once etcd is back, or import by etcd endpoints.`,
    );
  });
  const scope = cluster.scope ?? node.patroni?.scope;
  if (!scope)
    throw new KeelError(
      'UNREACHABLE',
      `Patroni at ${url} did not say its scope; is this a Patroni REST API?`,
    );
  const members = cluster.members.map((m) => ({
    name: m.name,
    apiUrl: m.api_url ? patroniBase(m.api_url) : '',
    host: m.host ?? '',
    port: m.port ?? 5432,
  }));
  if (members.length === 0) throw new KeelError('UNREACHABLE', `Patroni at ${url} lists no members`);

  // Patroni's REST API does not reveal its DCS. The usual layout runs etcd beside each member: if one of
  // those answers and holds this cluster's keys, etcd's own member list gives every endpoint.
  // A Patroni on HTTPS usually has its etcd on TLS too: that scheme is tried first.
  const schemes = url.startsWith('https:') ? ['https', 'http'] : ['http', 'https'];
  let answering: string[] = [];
  for (const scheme of schemes) {
    const candidates = [...new Set(members.map((m) => `${scheme}://${m.host}:${etcdClientPort}`))];
    answering = (
      await Promise.all(candidates.map(async (ep) => ((await etcdAnswers(ep, access)) ? ep : null)))
    ).filter((ep): ep is string => ep !== null);
    if (answering.length > 0) break;
  }
  if (answering.length === 0 || !(await hasMembers(answering, defaultNamespace, scope, access))) {
    return { scope, namespace: defaultNamespace, etcdEndpoints: [], members };
  }
  const listed = await etcdClientUrls(answering, access).catch(() => answering);
  return {
    scope,
    namespace: defaultNamespace,
    etcdEndpoints: listed.length > 0 ? listed : answering,
    members,
  };
}

async function hasMembers(
  endpoints: string[],
  namespace: string,
  scope: string,
  access: EtcdAccess,
): Promise<boolean> {
  const keys = await readPrefix(endpoints, `${patroniPrefix(namespace, scope)}members/`, access).catch(
    () => ({}),
  );
  return Object.keys(keys).length > 0;
}

async function fromEtcd(
  etcd: { endpoints: string[]; scope: string; namespace?: string },
  access: EtcdAccess,
): Promise<DiscoveredCluster> {
  const namespace = etcd.namespace ?? defaultNamespace;
  const prefix = `${patroniPrefix(namespace, etcd.scope)}members/`;
  const keys = await readPrefix(etcd.endpoints, prefix, access).catch((error: unknown) => {
    throw new KeelError(
      'UNREACHABLE',
      `Cannot read etcd at ${etcd.endpoints.join(', ')}: ${errorMessage(error)}`,
    );
  });
  const members = Object.entries(keys).map(([name, value]) => {
    let parsed: MemberKey = {};
    try {
      parsed = JSON.parse(value) as MemberKey;
    } catch {
      // A member key that is not JSON: keep the name, the observer will report it.
    }
    const conn = parsed.conn_url ? new URL(parsed.conn_url) : null;
    return {
      name,
      apiUrl: parsed.api_url ? patroniBase(parsed.api_url) : '',
      host: conn?.hostname ?? '',
      port: conn?.port ? Number(conn.port) : 5432,
    };
  });
  if (members.length === 0) {
    const inV2 = (
      await Promise.all(etcd.endpoints.map((ep) => holdsV2Cluster(ep, namespace, etcd.scope)))
    ).some(Boolean);
    throw new KeelError(
      'UNREACHABLE',
      inV2
        ? `etcd holds Patroni cluster "${etcd.scope}" only in its v2 API (Patroni's \`etcd:\` section), which Keel cannot watch: v2 is off by default since etcd 3.4 and removed in 3.6. Import it by a Patroni URL for now, and move Patroni to the \`etcd3:\` section.`
        : `etcd has no Patroni cluster with scope "${etcd.scope}" under namespace "${namespace}"`,
    );
  }
  return { scope: etcd.scope, namespace, etcdEndpoints: etcd.endpoints, members };
}

/**
 * Finds a cluster's members from one Patroni URL or from etcd, refusing what cannot be reached, with the
 * TLS and logins given for the cluster (its errors say what to set when they are missing or wrong).
 */
export function discoverCluster(
  request: ImportClusterRequest,
  security: ClusterSecurity,
): Promise<DiscoveredCluster> {
  const access = etcdAccessOf(security);
  const connection = patroniConnectionOf(security);
  const patroni = new PatroniClient(patroniTimeoutMs, () => connection);
  return 'patroniUrl' in request
    ? fromPatroni(patroni, request.patroniUrl, access)
    : fromEtcd(request.etcd, access);
}
