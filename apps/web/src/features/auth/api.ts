import type { ChangePasswordRequest, LoginRequest, SessionInfo } from '@keel/shared';
import { ApiError } from '../../api/ApiError.js';
import { setCsrfToken } from '../../api/csrf.js';
import { apiGet, apiRequest } from '../../api/http.js';

const AUTH_PATH = '/api/v1/auth';

/** Who is signed in, or null when nobody is (the server answers 401). */
export async function fetchSession(signal?: AbortSignal): Promise<SessionInfo | null> {
  try {
    const session = await apiGet<SessionInfo>(`${AUTH_PATH}/session`, signal);
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.statusCode === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export async function login(request: LoginRequest): Promise<SessionInfo> {
  const session = await apiRequest<SessionInfo>(`${AUTH_PATH}/login`, { method: 'POST', body: request });
  setCsrfToken(session.csrfToken);
  return session;
}

export async function logout(): Promise<void> {
  await apiRequest<void>(`${AUTH_PATH}/logout`, { method: 'POST' });
  setCsrfToken(null);
}

/** The server ends every session (this one is replaced by the new one it answers) and revokes the tokens. */
export async function changePassword(request: ChangePasswordRequest): Promise<SessionInfo> {
  const session = await apiRequest<SessionInfo>(`${AUTH_PATH}/password`, { method: 'POST', body: request });
  setCsrfToken(session.csrfToken);
  return session;
}
