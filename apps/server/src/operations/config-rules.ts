import { KeelError } from '../errors.js';

/** PostgreSQL settings that take effect only after a restart (postmaster context). */
const restartParameters = new Set([
  'max_connections',
  'shared_buffers',
  'wal_level',
  'max_wal_senders',
  'max_replication_slots',
  'max_worker_processes',
  'max_prepared_transactions',
  'max_locks_per_transaction',
  'track_commit_timestamp',
  'wal_log_hints',
  'hot_standby',
  'shared_preload_libraries',
  'port',
  'listen_addresses',
  'huge_pages',
  'wal_buffers',
  'max_wal_size_restart_never',
]);

type Rule = (value: unknown) => string | null;
const integer =
  (min: number, max = Number.MAX_SAFE_INTEGER): Rule =>
  (v) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max
      ? null
      : `must be an integer from ${min}${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ''}`;
const boolean: Rule = (v) => (typeof v === 'boolean' ? null : 'must be true or false');
const scalar: Rule = (v) =>
  ['string', 'number', 'boolean'].includes(typeof v) ? null : 'must be a string, number or boolean';

/** Known keys of Patroni's dynamic configuration; nested PostgreSQL parameters are checked by shape. */
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
};

export interface ConfigChangeView {
  path: string;
  before: unknown;
  after: unknown;
  needsRestart: boolean;
}

function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value))
      for (const [p, leaf] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(p, leaf);
  } else if (prefix) {
    out.set(prefix, value);
  }
  return out;
}

/** Patroni's PATCH semantics: objects merge, `null` removes a key. */
export function mergeConfig(
  current: Record<string, unknown>,
  changes: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...current };
  for (const [k, v] of Object.entries(changes)) {
    if (v === null) delete out[k];
    else if (v && typeof v === 'object' && !Array.isArray(v) && out[k] && typeof out[k] === 'object') {
      out[k] = mergeConfig(out[k] as Record<string, unknown>, v as Record<string, unknown>);
    } else out[k] = v;
  }
  return out;
}

/**
 * Validates a change to the dynamic configuration and answers the diff, the warnings and which changes
 * need a restart. Refuses unknown top-level keys, wrong types and `loop_wait + 2 * retry_timeout > ttl`
 * (which Patroni 3.0 accepts and then flaps on).
 */
export function reviewConfigChange(
  current: Record<string, unknown>,
  changes: Record<string, unknown>,
): { changes: ConfigChangeView[]; warnings: string[] } {
  const errors: string[] = [];
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) continue;
    const rule = topLevel[key];
    if (rule) {
      const problem = rule(value);
      if (problem) errors.push(`${key} ${problem}`);
    } else if (key === 'postgresql') {
      const pg = value as Record<string, unknown>;
      if (typeof pg !== 'object' || Array.isArray(pg)) errors.push('postgresql must be an object');
      for (const [name, v] of Object.entries((pg.parameters as Record<string, unknown> | undefined) ?? {})) {
        if (v !== null && scalar(v)) errors.push(`postgresql.parameters.${name} ${scalar(v)}`);
      }
    } else if (
      key !== 'standby_cluster' &&
      key !== 'slots' &&
      key !== 'ignore_slots' &&
      key !== 'member_slots_ttl'
    ) {
      errors.push(`${key} is not a known Patroni setting`);
    }
  }
  const merged = mergeConfig(current, changes);
  const [ttl, loopWait, retry] = [merged.ttl ?? 30, merged.loop_wait ?? 10, merged.retry_timeout ?? 10].map(
    Number,
  ) as [number, number, number];
  if (loopWait + 2 * retry > ttl) {
    errors.push(
      `loop_wait + 2 × retry_timeout must not exceed ttl (${loopWait} + 2 × ${retry} = ${loopWait + 2 * retry} > ${ttl})`,
    );
  }
  if (errors.length > 0)
    throw new KeelError('VALIDATION_FAILED', `Configuration refused: ${errors.join('; ')}`);

  const before = flatten(current);
  const after = flatten(merged);
  const paths = [...new Set([...before.keys(), ...after.keys()])]
    .filter((p) => JSON.stringify(before.get(p)) !== JSON.stringify(after.get(p)))
    .sort();
  const diff = paths.map((path) => ({
    path,
    before: before.get(path) ?? null,
    after: after.get(path) ?? null,
    needsRestart:
      path.startsWith('postgresql.parameters.') && restartParameters.has(path.split('.')[2] ?? ''),
  }));
  const warnings: string[] = [];
  if (diff.length === 0) warnings.push('nothing would change');
  if (diff.some((d) => d.needsRestart))
    warnings.push(
      `needs a restart to take effect: ${diff
        .filter((d) => d.needsRestart)
        .map((d) => d.path.split('.')[2])
        .join(', ')}`,
    );
  if (diff.some((d) => d.path === 'synchronous_mode' && d.after === true))
    warnings.push(
      'synchronous mode: commits wait for a standby; writes stop if none is available and synchronous_mode_strict is on',
    );
  return { changes: diff, warnings };
}
