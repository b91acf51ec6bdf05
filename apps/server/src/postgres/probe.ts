import pg from 'pg';
import type { EndpointProbe } from '@keel/shared';
import { errorMessage } from '../failure.js';
import { describeTlsFailure } from '../net/tls-errors.js';
import { tlsOptions, type TlsSettings } from '../net/tls-settings.js';

export interface DatabaseLoginSecret {
  username: string;
  password: string;
  database: string;
  /**
   * The cluster's TLS when it has a CA bundle: every SQL connection then uses TLS with libpq's
   * sslmode=verify-full checks (chain and host name; none if verification is off); absent: plain.
   */
  tls?: TlsSettings;
}

/** A SQL failure in words: TLS trouble says what to set; a server without TLS says why Keel wanted it. */
export function sqlFailure(error: unknown, endpoint: string, login: DatabaseLoginSecret): string {
  const text = errorMessage(error);
  if (login.tls && /does not support SSL/i.test(text))
    return `PostgreSQL at ${endpoint} does not offer TLS, and Keel connects with sslmode=verify-full because the cluster has a CA bundle: turn on ssl in PostgreSQL (Patroni's postgresql.parameters.ssl), or remove the cluster's CA bundle`;
  return describeTlsFailure(error, 'PostgreSQL', endpoint) ?? text;
}

const timeoutMs = 2_000;

/**
 * The one module that opens SQL connections. Asks an endpoint `select pg_is_in_recovery()` over a fresh
 * connection: through HAProxy's read-write port this proves writes would reach a primary, not a label.
 */
export async function probeEndpoint(
  endpoint: string,
  login: DatabaseLoginSecret,
  now: () => Date,
): Promise<EndpointProbe> {
  const client = sqlClient(endpoint, login, 'keel-probe', timeoutMs);
  const started = performance.now();
  try {
    await client.connect();
    // inet_server_addr() names the server behind HAProxy, so the probe can say *which* member took writes.
    const result = await client.query<{ in_recovery: boolean; addr: string | null; port: number | null }>(
      'select pg_is_in_recovery() as in_recovery, host(inet_server_addr()) as addr, inet_server_port() as port',
    );
    const row = result.rows[0];
    return {
      endpoint,
      ok: true,
      inRecovery: row?.in_recovery ?? null,
      server: row?.addr ? `${row.addr}:${row.port ?? ''}` : null,
      error: null,
      latencyMs: Math.round(performance.now() - started),
      checkedAt: now().toISOString(),
    };
  } catch (error) {
    return {
      endpoint,
      ok: false,
      inRecovery: null,
      server: null,
      error: sqlFailure(error, endpoint, login),
      latencyMs: null,
      checkedAt: now().toISOString(),
    };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A client (not yet connected) to one endpoint with a login; every SQL connection Keel opens is one. */
export function sqlClient(
  endpoint: string,
  login: DatabaseLoginSecret,
  applicationName: string,
  timeout: number,
): pg.Client {
  const [host, port] = splitHostPort(endpoint);
  const client = new pg.Client({
    host,
    port,
    user: login.username,
    password: login.password,
    database: login.database,
    connectionTimeoutMillis: timeout,
    query_timeout: timeout,
    application_name: applicationName,
    // verify-full: node:tls checks the chain against the CA and the host name against the certificate.
    ...(login.tls ? { ssl: tlsOptions(login.tls) } : {}),
  });
  // A dropped connection emits 'error' on the client; without a listener that would crash the process.
  client.on('error', () => undefined);
  return client;
}

export function splitHostPort(endpoint: string): [string, number] {
  const i = endpoint.lastIndexOf(':');
  return [endpoint.slice(0, i), Number(endpoint.slice(i + 1))];
}
