// Small network probes of the lab's services: Patroni's REST API, etcd's health endpoint,
// and SQL through PostgreSQL (pg). Each is cut off after LAB_TIMEOUTS.probeMs.
import pg from 'pg';
import type { PgCredential } from '@keel/templates';
import { LAB_TIMEOUTS } from './timings.js';
import { httpsGetJson, labClientTls, labScheme } from './transport.js';
import { DB_HOSTS, PORTS } from './topology.js';

export interface PatroniMember {
  name: string;
  role: string;
  state: string;
  host: string;
  port: number;
  timeline?: number;
  lag?: number | string;
}

/** Roles that mean "this member holds the leader key", across Patroni 3 and 4. */
export const LEADER_ROLES = new Set(['leader', 'primary', 'master', 'standby_leader']);

export async function getJson<T>(url: string, timeoutMs = LAB_TIMEOUTS.probeMs): Promise<T> {
  if (url.startsWith('https:')) {
    const tls = labClientTls();
    if (!tls) throw new Error(`${url}: the lab has no CA (it is not up with --secure)`);
    return httpsGetJson<T>(url, tls, timeoutMs);
  }
  const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Patroni's view of the cluster, from the first member that answers. */
export async function patroniCluster(): Promise<PatroniMember[] | undefined> {
  for (const host of DB_HOSTS) {
    try {
      const cluster = await getJson<{ members: PatroniMember[] }>(
        `${labScheme()}://${host.address}:${PORTS.patroni}/cluster`,
      );
      return cluster.members;
    } catch {
      // Try the next member.
    }
  }
  return undefined;
}

/** The version the running Patroni reports (GET /patroni), from the first member that answers. */
export async function runningPatroniVersion(): Promise<string | undefined> {
  for (const host of DB_HOSTS) {
    try {
      const info = await getJson<{ patroni?: { version?: string } }>(
        `${labScheme()}://${host.address}:${PORTS.patroni}/patroni`,
      );
      if (info.patroni?.version) return info.patroni.version;
    } catch {
      // Try the next member.
    }
  }
  return undefined;
}

export async function etcdHealthy(address: string): Promise<boolean> {
  try {
    const health = await getJson<{ health: string }>(
      `${labScheme()}://${address}:${PORTS.etcdClient}/health`,
    );
    return health.health === 'true';
  } catch {
    return false;
  }
}

/** Runs one query on a fresh connection and closes it. */
export async function queryOnce<R extends pg.QueryResultRow>(
  target: { host: string; port: number },
  credential: PgCredential,
  text: string,
  values: unknown[] = [],
): Promise<R[]> {
  const tls = labClientTls();
  const client = new pg.Client({
    host: target.host,
    port: target.port,
    user: credential.username,
    password: credential.password,
    database: 'postgres',
    // The secure lab: TLS, the server's certificate checked against the lab CA and the address (verify-full).
    ...(tls ? { ssl: { ca: tls.ca, rejectUnauthorized: true } } : {}),
    connectionTimeoutMillis: LAB_TIMEOUTS.probeMs,
    query_timeout: LAB_TIMEOUTS.probeMs * 2,
  });
  // A connection that breaks later must not crash the process with an unhandled 'error'.
  client.on('error', () => undefined);
  try {
    await client.connect();
    const result = await client.query<R>(text, values);
    return result.rows;
  } finally {
    await client.end().catch(() => undefined);
  }
}
