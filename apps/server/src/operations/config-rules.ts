import { KeelError } from '../errors.js';
import { adminReason, parameterProblem, type ParameterCatalog } from './config-parameters.js';
import { adminPaths, isPlainObject, shapeProblems } from './config-shape.js';

export interface ConfigChangeView {
  path: string;
  /** In Patroni's dynamic configuration (the DCS), null when not set there. */
  before: unknown;
  after: unknown;
  /** For PostgreSQL parameters: what the server runs with now (pg_settings), null when unknown. */
  running: string | null;
  needsRestart: boolean;
  needsAdmin: boolean;
}

export interface ConfigReview {
  changes: ConfigChangeView[];
  warnings: string[];
  /** Paths only an admin may change. */
  needsAdmin: string[];
}

function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  // Lists (pg_hba) are one value: a change replaces them whole, as Patroni does.
  if (isPlainObject(value)) {
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
    else if (isPlainObject(v) && isPlainObject(out[k])) out[k] = mergeConfig(out[k], v);
    else out[k] = v;
  }
  return out;
}

/** The paths whose value would differ after the change, sorted. */
export function diffConfig(
  current: Record<string, unknown>,
  changes: Record<string, unknown>,
): { path: string; before: unknown; after: unknown }[] {
  const before = flatten(current);
  const after = flatten(mergeConfig(current, changes));
  return [...new Set([...before.keys(), ...after.keys()])]
    .filter((p) => JSON.stringify(before.get(p)) !== JSON.stringify(after.get(p)))
    .sort()
    .map((path) => ({ path, before: before.get(path) ?? null, after: after.get(path) ?? null }));
}

const parameterOf = (path: string): string | null =>
  path.startsWith('postgresql.parameters.') ? path.slice('postgresql.parameters.'.length) : null;

function adminWhy(path: string): string | null {
  const parameter = parameterOf(path);
  if (parameter !== null) return adminReason(parameter);
  const key = Object.keys(adminPaths).find((p) => path === p || path.startsWith(`${p}.`));
  return key ? adminPaths[key]! : null;
}

/**
 * Validates a change to the dynamic configuration and answers the diff, the warnings, which changes need
 * a restart (pg_settings' `postmaster` context) and which need the admin role. Refuses unknown keys, wrong
 * types, PostgreSQL parameters the server does not have, and `loop_wait + 2 * retry_timeout > ttl` (which
 * Patroni 3.0 accepts and then flaps on). `catalog` is the server's pg_settings, or why it could not be read.
 */
export function reviewConfigChange(
  current: Record<string, unknown>,
  changes: Record<string, unknown>,
  catalog: ParameterCatalog | string,
): ConfigReview {
  const errors = shapeProblems(changes);
  if (errors.length > 0)
    throw new KeelError('VALIDATION_FAILED', `Configuration refused: ${errors.join('; ')}`);

  const parameters = isPlainObject(changes.postgresql) ? changes.postgresql.parameters : undefined;
  const setting = Object.entries(isPlainObject(parameters) ? parameters : {}).filter(([, v]) => v !== null);
  if (setting.length > 0 && typeof catalog === 'string') {
    throw new KeelError(
      'PRECONDITION_FAILED',
      `Keel cannot check PostgreSQL parameter names against the server's pg_settings: ${catalog}`,
    );
  }
  const known = typeof catalog === 'string' ? new Map() : catalog;
  for (const [name, value] of setting) {
    const problem = parameterProblem(name, value, known);
    if (problem) errors.push(problem);
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
  return annotate(diffConfig(current, changes), known);
}

function annotate(
  diff: { path: string; before: unknown; after: unknown }[],
  catalog: ParameterCatalog,
): ConfigReview {
  const warnings: string[] = [];
  const changes = diff.map((d) => {
    const parameter = parameterOf(d.path);
    const info = parameter === null ? undefined : catalog.get(parameter.toLowerCase());
    const why = adminWhy(d.path);
    if (why) warnings.push(`${parameter ?? d.path} ${why}: only an admin may apply it`);
    return {
      ...d,
      running: info?.value ?? null,
      needsRestart: info?.context === 'postmaster',
      needsAdmin: why !== null,
    };
  });
  if (changes.length === 0) warnings.push('nothing would change');
  const restart = changes.filter((c) => c.needsRestart).map((c) => parameterOf(c.path));
  if (restart.length > 0) warnings.push(`needs a restart to take effect: ${restart.join(', ')}`);
  if (changes.some((d) => d.path === 'synchronous_mode' && d.after === true))
    warnings.push(
      'synchronous mode: commits wait for a standby; writes stop if none is available and synchronous_mode_strict is on',
    );
  return { changes, warnings, needsAdmin: changes.filter((c) => c.needsAdmin).map((c) => c.path) };
}
