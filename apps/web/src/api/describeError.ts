import { ApiError } from './ApiError.js';

export interface ErrorDescription {
  message: string;
  /** Something more specific for a person, when known; never an HTTP status or an internal code. */
  detail?: string;
}

/**
 * Turns anything thrown into words for an operator, preferring the server's own message. HTTP statuses
 * and error codes are for programs (the UI branches on `ApiError.code`), not for people.
 */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof ApiError) return { message: error.message };
  if (error instanceof Error) return { message: error.message };
  return { message: 'Something went wrong.' };
}
