/**
 * The shape of a change to Patroni's dynamic configuration: which keys exist, of which type, and which
 * need the admin role. Patroni takes almost any `postgresql.*` key from the DCS (bin_dir, callbacks...),
 * so those are an allow-list, not a deny-list.
 */
type Rule = (value: unknown) => string | null;

const integer =
  (min: number, max = Number.MAX_SAFE_INTEGER): Rule =>
  (v) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max
      ? null
      : `must be an integer from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}`;
const boolean: Rule = (v) => (typeof v === 'boolean' ? null : 'must be true or false');
const object: Rule = (v) => (isPlainObject(v) ? null : 'must be an object');
const strings: Rule = (v) =>
  Array.isArray(v) && v.every((s) => typeof s === 'string') ? null : 'must be a list of strings';
const anything: Rule = () => null;

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Known top-level keys of Patroni's dynamic configuration. */
const topLevel: Record<string, Rule> = {
  ttl: integer(20),
  loop_wait: integer(1),
  retry_timeout: integer(3),
  maximum_lag_on_failover: integer(0),
  max_timelines_history: integer(0),
  master_start_timeout: integer(0),
  primary_start_timeout: integer(0),
  primary_stop_timeout: integer(0),
  synchronous_mode: boolean,
  synchronous_mode_strict: boolean,
  synchronous_node_count: integer(1),
  failsafe_mode: boolean,
  check_timeline: boolean,
  pause: boolean,
  slots: object,
  ignore_slots: (v) => (Array.isArray(v) ? null : 'must be a list'),
  member_slots_ttl: anything,
  standby_cluster: object,
  postgresql: object,
};

/** The `postgresql.*` keys Patroni documents for the dynamic configuration (`parameters` is checked apart). */
const postgresqlKeys: Record<string, Rule> = {
  parameters: object,
  pg_hba: strings,
  pg_ident: strings,
  use_pg_rewind: boolean,
  use_slots: boolean,
  recovery_conf: object,
};

/** Paths (below the top level) whose change needs the admin role, and why. */
export const adminPaths: Record<string, string> = {
  'postgresql.pg_hba': 'replaces pg_hba.conf: decides who may connect, from where, with which authentication',
  'postgresql.pg_ident': 'maps operating-system users to database users',
  'postgresql.recovery_conf': 'sets recovery settings, including restore commands run on the hosts',
  standby_cluster: 'makes this cluster a standby of another, with restore commands run on the hosts',
};

const standbyKeys = new Set([
  'create_replica_methods',
  'host',
  'port',
  'primary_slot_name',
  'restore_command',
  'archive_cleanup_command',
  'recovery_min_apply_delay',
]);

export const maxDepth = 10;
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** Depth and key names first, iteratively: a deeply nested body must not overflow the stack. */
function checkNesting(changes: Record<string, unknown>, errors: string[]): boolean {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: changes, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (depth > maxDepth) {
      errors.push(`${path} is nested deeper than ${maxDepth} levels`);
      return false;
    }
    if (typeof value !== 'object' || value === null) continue;
    for (const [key, child] of Object.entries(value)) {
      const here = path ? `${path}.${key}` : key;
      if (forbiddenKeys.has(key)) errors.push(`${here}: "${key}" is not a setting name`);
      stack.push({ value: child, path: here, depth: depth + 1 });
    }
  }
  return errors.length === 0;
}

/** Every problem with the change's keys and types (empty when it is well formed). */
export function shapeProblems(changes: Record<string, unknown>): string[] {
  const errors: string[] = [];
  if (!checkNesting(changes, errors)) return errors;
  for (const [key, value] of Object.entries(changes)) {
    if (!Object.hasOwn(topLevel, key)) {
      errors.push(`${key} is not a known Patroni setting`);
      continue;
    }
    if (value === null) continue;
    const problem = topLevel[key]!(value);
    if (problem) {
      errors.push(`${key} ${problem}`);
      continue;
    }
    if (key === 'postgresql') errors.push(...postgresqlProblems(value as Record<string, unknown>));
    if (key === 'standby_cluster')
      for (const name of Object.keys(value as object))
        if (!standbyKeys.has(name)) errors.push(`standby_cluster.${name} is not a standby_cluster setting`);
  }
  return errors;
}

function postgresqlProblems(pg: Record<string, unknown>): string[] {
  const errors: string[] = [];
  for (const [key, value] of Object.entries(pg)) {
    if (!Object.hasOwn(postgresqlKeys, key)) {
      errors.push(
        `postgresql.${key} is not a setting Keel changes (it takes ${Object.keys(postgresqlKeys).join(', ')}; ` +
          'binaries, callbacks and the like belong in each host’s patroni.yml)',
      );
      continue;
    }
    const problem = value === null ? null : postgresqlKeys[key]!(value);
    if (problem) errors.push(`postgresql.${key} ${problem}`);
  }
  return errors;
}
