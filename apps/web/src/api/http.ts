import { ApiError, CLIENT_ERROR_CODES, isErrorResponse } from './ApiError.js';
import { csrfToken } from './csrf.js';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Serialized as JSON. */
  body?: unknown;
  signal?: AbortSignal;
}

/** Calls the Keel API and returns the parsed JSON body, or throws an ApiError. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, signal } = options;
  const headers: Record<string, string> = { Accept: 'application/json' };
  // Only announce a JSON body when there is one: Fastify rejects an empty body sent as application/json.
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  // Session callers prove a change comes from this app, not from a page elsewhere riding on the cookie.
  const csrf = csrfToken();
  if (method !== 'GET' && csrf !== null) headers['X-CSRF-Token'] = csrf;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? null : JSON.stringify(body),
      signal: signal ?? null,
    });
  } catch (error) {
    // react-query cancels superseded requests; that is not a failure to report.
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, CLIENT_ERROR_CODES.unreachable, 'Could not reach the Keel server.');
  }

  const parsed = await readJson(response);
  if (!response.ok) throw toApiError(response, parsed);
  if (!parsed.ok) {
    throw new ApiError(
      response.status,
      CLIENT_ERROR_CODES.invalidResponse,
      'The server answered with invalid JSON.',
    );
  }
  return parsed.value as T;
}

export function apiGet<T>(path: string, signal?: AbortSignal): Promise<T> {
  return apiRequest<T>(path, { signal });
}

type ParsedBody = { ok: true; value: unknown } | { ok: false };

async function readJson(response: Response): Promise<ParsedBody> {
  if (response.status === 204) return { ok: true, value: undefined };
  const text = await response.text();
  if (text === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

// Without Keel's error body these statuses come from something in front of Keel (the dev proxy, a load balancer).
const GATEWAY_STATUSES = new Set([502, 503, 504]);

function toApiError(response: Response, parsed: ParsedBody): ApiError {
  if (parsed.ok && isErrorResponse(parsed.value)) {
    const { statusCode, code, message } = parsed.value;
    return new ApiError(statusCode, code, message, parsed.value);
  }
  const body = parsed.ok ? parsed.value : undefined;
  if (GATEWAY_STATUSES.has(response.status)) {
    return new ApiError(
      response.status,
      CLIENT_ERROR_CODES.unreachable,
      `Could not reach the Keel server (a proxy answered HTTP ${response.status}).`,
      body,
    );
  }
  const reason = response.statusText ? ` ${response.statusText}` : '';
  return new ApiError(
    response.status,
    CLIENT_ERROR_CODES.invalidResponse,
    `The server answered HTTP ${response.status}${reason} without an error description.`,
    body,
  );
}
