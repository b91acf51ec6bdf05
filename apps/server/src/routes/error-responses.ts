import { ErrorResponse } from '@keel/shared';

/**
 * The error answers any API route may give, all with the ErrorResponse shape: bad input (400), not signed
 * in (401), not allowed or CSRF (403), unknown id (404), conflict or busy (409), refused by a check or an
 * unreachable system (422), too many attempts (429), and our own failure (500, no internals).
 */
export const errorResponses = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
  422: ErrorResponse,
  429: ErrorResponse,
  500: ErrorResponse,
} as const;
