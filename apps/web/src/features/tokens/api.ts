import type { ApiTokenList, CreateTokenRequest, CreatedToken } from '@keel/shared';
import { apiGet, apiRequest } from '../../api/http.js';

const TOKENS_PATH = '/api/v1/tokens';

export const fetchTokens = (signal?: AbortSignal) => apiGet<ApiTokenList>(TOKENS_PATH, signal);
export const createToken = (request: CreateTokenRequest) =>
  apiRequest<CreatedToken>(TOKENS_PATH, { method: 'POST', body: request });
export const revokeToken = (id: string) =>
  apiRequest<void>(`${TOKENS_PATH}/${encodeURIComponent(id)}`, { method: 'DELETE' });
