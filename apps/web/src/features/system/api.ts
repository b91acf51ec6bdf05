import type { HealthResponse } from '@keel/shared';
import { ApiError } from '../../api/ApiError.js';
import { apiGet } from '../../api/http.js';

export const HEALTH_PATH = '/api/v1/health';
export const API_DOCS_PATH = '/api/v1/docs';
export const OPENAPI_PATH = '/api/v1/openapi.json';

export async function fetchHealth(signal?: AbortSignal): Promise<HealthResponse> {
  try {
    return await apiGet<HealthResponse>(HEALTH_PATH, signal);
  } catch (error) {
    // Health endpoints often answer 503 when degraded so load balancers notice; the body still describes the server.
    if (error instanceof ApiError && isHealthResponse(error.body)) return error.body;
    throw error;
  }
}

function isHealthResponse(body: unknown): body is HealthResponse {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Record<string, unknown>;
  return (
    (candidate.status === 'ok' || candidate.status === 'degraded') &&
    typeof candidate.version === 'string' &&
    typeof candidate.uptimeSeconds === 'number'
  );
}
