import type { ParameterInfo } from '../operations/config-parameters.js';
import { sqlClient, type DatabaseLoginSecret } from './probe.js';

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
