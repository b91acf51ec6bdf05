import { errorStatus, type ErrorCode } from '@keel/shared';

export { errorStatus, type ErrorCode };

/**
 * One domain error type for Keel. Domain code throws these; the error handler maps `code` to an HTTP status,
 * so services never need to know about HTTP and clients can branch on a stable code. The codes and their
 * statuses are `@keel/shared`'s, so the dashboard names the same ones.
 */
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
