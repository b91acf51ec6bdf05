import type { ErrorResponse } from '@keel/shared';

/**
 * Codes the client invents when no Keel error body arrived. The `client.` prefix keeps them apart from the
 * server's UPPER_SNAKE_CASE codes.
 */
export const CLIENT_ERROR_CODES = {
  unreachable: 'client.UNREACHABLE',
  invalidResponse: 'client.INVALID_RESPONSE',
} as const;

/** The one error type the UI branches on: every failed request becomes one of these. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    /** HTTP status, or 0 when no response arrived at all. */
    readonly statusCode: number,
    readonly code: string,
    message: string,
    /** The parsed response body, kept for callers whose endpoint answers an error status with a useful body. */
    readonly body?: unknown,
  ) {
    super(message);
  }

  get isUnreachable(): boolean {
    return this.code === CLIENT_ERROR_CODES.unreachable;
  }
}

export function isErrorResponse(body: unknown): body is ErrorResponse {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Record<string, unknown>;
  return (
    typeof candidate.statusCode === 'number' &&
    typeof candidate.code === 'string' &&
    typeof candidate.message === 'string'
  );
}
