import { sqlClient, type DatabaseLoginSecret } from './probe.js';

/** One row of the server's own pg_settings, as Keel uses it. */
export interface ParameterInfo {
  /** `current_setting(name)`: what the server runs with now, in its own units (e.g. "4MB"). */
  value: string;
  /** `postmaster` means a restart is needed for a change to take effect. */
  context: string;
  vartype: string;
  enumvals: string[] | null;
  pendingRestart: boolean;
}

/** pg_settings by lower-case name (PostgreSQL's parameter names are case-insensitive). */
export type ParameterCatalog = ReadonlyMap<string, ParameterInfo>;

const timeoutMs = 3_000;

/**
 * The server's own pg_settings through one endpoint (host:port), with the cluster's database login:
 * which parameters exist, what each runs with now, and which need a restart (`postmaster` context).
 */
export async function readPgSettings(
  endpoint: string,
  login: DatabaseLoginSecret,
): Promise<Map<string, ParameterInfo>> {
  const client = sqlClient(endpoint, login, 'keel-settings', timeoutMs);
  try {
    await client.connect();
    const result = await client.query<{
      name: string;
      value: string;
      context: string;
      vartype: string;
      enumvals: string[] | null;
      pending_restart: boolean;
    }>(
      `select name, current_setting(name) as value, context, vartype, enumvals, pending_restart
         from pg_settings`,
    );
    return new Map(
      result.rows.map((r) => [
        r.name.toLowerCase(),
        {
          value: r.value,
          context: r.context,
          vartype: r.vartype,
          enumvals: r.enumvals,
          pendingRestart: r.pending_restart,
        },
      ]),
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
