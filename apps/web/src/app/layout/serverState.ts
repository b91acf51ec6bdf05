import type { HealthResponse } from '@keel/shared';
import { ApiError } from '../../api/ApiError.js';

export type ServerState = 'checking' | 'ok' | 'degraded' | 'error' | 'unreachable';

interface HealthSnapshot {
  isError: boolean;
  error: unknown;
  data: HealthResponse | undefined;
}

/** A failed latest poll wins over older data: the operator must see that the picture may be stale. */
export function serverState(health: HealthSnapshot): ServerState {
  if (health.isError) {
    // Keel answered, but with an error: it is up and something inside it is wrong, which is a different problem.
    const answered = health.error instanceof ApiError && !health.error.isUnreachable;
    return answered ? 'error' : 'unreachable';
  }
  if (health.data === undefined) return 'checking';
  return health.data.status === 'ok' ? 'ok' : 'degraded';
}
