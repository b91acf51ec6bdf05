import type {
  CreateCredentialRequest,
  CredentialInfo,
  CredentialList,
  UpdateCredentialRequest,
} from '@keel/shared';
import { apiGet, apiRequest } from '../../api/http.js';

const PATH = '/api/v1/credentials';
const credentialPath = (id: string) => `${PATH}/${encodeURIComponent(id)}`;

export const fetchCredentials = (signal?: AbortSignal) => apiGet<CredentialList>(PATH, signal);
export const createCredential = (request: CreateCredentialRequest) =>
  apiRequest<CredentialInfo>(PATH, { method: 'POST', body: request });
export const updateCredential = (id: string, patch: UpdateCredentialRequest) =>
  apiRequest<CredentialInfo>(credentialPath(id), { method: 'PATCH', body: patch });
export const deleteCredential = (id: string) => apiRequest<void>(credentialPath(id), { method: 'DELETE' });
