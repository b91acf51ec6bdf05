import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './openapi.generated.js';

export type { paths, components, operations } from './openapi.generated.js';
export type KeelClient = Client<paths>;

/**
 * A typed client of Keel's REST API, generated from its OpenAPI document: paths, bodies and answers are
 * checked by the compiler. Scripts authenticate with an API token (POST /api/v1/tokens).
 */
export function keelClient(baseUrl: string, token?: string): KeelClient {
  return createClient<paths>({
    baseUrl,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}
