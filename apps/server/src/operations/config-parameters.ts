import { closest } from 'fastest-levenshtein';

import type { ParameterCatalog } from '../postgres/settings.js';

export type { ParameterCatalog, ParameterInfo } from '../postgres/settings.js';

/** Settings that run commands or load code on every host, or decide who may connect and how. */
const adminOnly: { match: RegExp; why: string }[] = [
  { match: /_command$/, why: 'runs a shell command as the postgres user on every database host' },
  {
    match:
      /^(archive_library|shared_preload_libraries|local_preload_libraries|session_preload_libraries|dynamic_library_path|jit_provider)$/,
    why: 'loads code into PostgreSQL on every database host',
  },
  {
    match:
      /^(ssl.*|listen_addresses|unix_socket_.*|password_encryption|krb_.*|db_user_namespace|scram_iterations|gss_accept_delegation)$/,
    why: 'changes who may connect to PostgreSQL, from where and how they authenticate',
  },
  {
    match: /^(data_directory|config_file|hba_file|ident_file|external_pid_file)$/,
    why: 'points PostgreSQL at other files on the hosts',
  },
];

/** Why changing this PostgreSQL parameter needs the admin role, or null when an operator may. */
export function adminReason(name: string): string | null {
  return adminOnly.find((r) => r.match.test(name.toLowerCase()))?.why ?? null;
}

const booleanWords = new Set(['on', 'off', 'true', 'false', 'yes', 'no', '1', '0']);

/** What is wrong with setting `name` to `value` on this server, or null. */
export function parameterProblem(name: string, value: unknown, catalog: ParameterCatalog): string | null {
  const path = `postgresql.parameters.${name}`;
  if (!['string', 'number', 'boolean'].includes(typeof value))
    return `${path} must be a string, number or boolean`;
  const info = catalog.get(name.toLowerCase());
  if (!info) {
    const near = closest(name.toLowerCase(), [...catalog.keys()]);
    return (
      `${path} is not a parameter of this PostgreSQL server (did you mean ${near}?); ` +
      'an extension’s parameters appear once its library is loaded, and some only to a login with pg_read_all_settings'
    );
  }
  const text = String(value).toLowerCase();
  if (info.vartype === 'bool' && typeof value !== 'boolean' && !booleanWords.has(text))
    return `${path} must be on or off`;
  if (info.vartype === 'enum' && info.enumvals && !info.enumvals.some((v) => v.toLowerCase() === text))
    return `${path} must be one of ${info.enumvals.join(', ')}`;
  return null;
}
