import createClient, { type Client, type ClientOptions } from 'openapi-fetch';
import type { paths } from './openapi.generated.js';

export type { paths, components, operations } from './openapi.generated.js';
export type KeelClient = Client<paths>;

export interface KeelClientOptions {
  /** How requests are sent (default: the global fetch), e.g. through a test browser's request context. */
  fetch?: ClientOptions['fetch'];
  /** Headers sent with every request, e.g. a signed-in session's CSRF token. */
  headers?: Record<string, string>;
}

/**
 * A typed client of Keel's REST API, generated from its OpenAPI document: paths, bodies and answers are
 * checked by the compiler. Scripts authenticate with an API token (POST /api/v1/tokens).
 */
export function keelClient(baseUrl: string, token?: string, options: KeelClientOptions = {}): KeelClient {
  return createClient<paths>({
    baseUrl,
    headers: { ...options.headers, ...(token && { authorization: `Bearer ${token}` }) },
    ...(options.fetch && { fetch: options.fetch }),
  });
}
