import { KeelError } from '../errors.js';
import type { JobEnv } from '../jobs/types.js';
import { reviewConfigChange, type ConfigReview } from './config-rules.js';
import { isPlainObject } from './config-shape.js';

const touchesParameters = (changes: Record<string, unknown>): boolean =>
  isPlainObject(changes.postgresql) && changes.postgresql.parameters !== undefined;

/** The review of a change against the live configuration and, for PostgreSQL parameters, pg_settings. */
export async function reviewConfig(env: JobEnv, changes: Record<string, unknown>): Promise<ConfigReview> {
  const state = env.state();
  if (!state?.dynamicConfig)
    throw new KeelError('PRECONDITION_FAILED', 'Keel has not read the configuration of this cluster yet');
  const catalog = touchesParameters(changes) ? await env.pgSettings() : 'no PostgreSQL parameter changes';
  return reviewConfigChange(state.dynamicConfig, changes, catalog);
}
