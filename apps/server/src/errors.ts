/**
 * One domain error type for Keel. Domain code throws these; the error handler maps `code` to an HTTP status,
 * so services never need to know about HTTP and clients can branch on a stable code.
 */
export const errorStatus = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF_FAILED: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNREACHABLE: 422,
  PRECONDITION_FAILED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class KeelError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'KeelError';
  }

  get statusCode(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what: string, id: string): KeelError =>
  new KeelError('NOT_FOUND', `${what} ${JSON.stringify(id)} does not exist`);
