import type { ClusterState } from '@keel/shared';
import { KeelError } from '../errors.js';
import type { JobEnv } from './types.js';

/**
 * The cluster as Keel observes it, for a request's checks; refused (422) while Keel has no observation of
 * it yet (just imported, or its observer not started), since every check would be a guess.
 */
export function requireState(env: Pick<JobEnv, 'state'>): ClusterState {
  const state = env.state();
  if (!state) throw new KeelError('PRECONDITION_FAILED', 'Keel is not observing this cluster yet');
  return state;
}
