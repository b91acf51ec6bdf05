import { ApiError } from './ApiError.js';

export interface ErrorDescription {
  message: string;
  /** e.g. "HTTP 409 · CLUSTER_BUSY"; absent when nothing more specific is known. */
  detail?: string;
}

/** Turns anything thrown into words for an operator, preferring the server's own message. */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof ApiError) {
    if (error.statusCode === 0) return { message: error.message };
    if (error.code.startsWith('client.'))
      return { message: error.message, detail: `HTTP ${error.statusCode}` };
    return { message: error.message, detail: `HTTP ${error.statusCode} · ${error.code}` };
  }
  if (error instanceof Error) return { message: error.message };
  return { message: 'Something went wrong.' };
}
