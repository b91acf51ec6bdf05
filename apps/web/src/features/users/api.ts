import type { CreateUserRequest, UpdateUserRequest, User, UserList } from '@keel/shared';
import { apiGet, apiRequest } from '../../api/http.js';

const USERS_PATH = '/api/v1/users';
const userPath = (id: string) => `${USERS_PATH}/${encodeURIComponent(id)}`;

export const fetchUsers = (signal?: AbortSignal) => apiGet<UserList>(USERS_PATH, signal);
export const createUser = (request: CreateUserRequest) =>
  apiRequest<User>(USERS_PATH, { method: 'POST', body: request });
export const updateUser = (id: string, patch: UpdateUserRequest) =>
  apiRequest<User>(userPath(id), { method: 'PATCH', body: patch });
export const deleteUser = (id: string) => apiRequest<void>(userPath(id), { method: 'DELETE' });
export const endSessions = (id: string) =>
  apiRequest<{ ended: number }>(`${userPath(id)}/sessions/end`, { method: 'POST' });
