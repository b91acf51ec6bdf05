import type { KeelApi } from './api.js';

export interface TestUser {
  username: string;
  password: string;
  role: 'viewer' | 'operator' | 'admin';
}

/** A fresh user of that role, created through the API as the admin; its name is unique per run. */
export async function createUser(api: KeelApi, role: TestUser['role']): Promise<TestUser> {
  const user: TestUser = {
    username: `e2e-${role}-${Date.now().toString(36)}`,
    password: `${role} password for e2e`,
    role,
  };
  // Not one-time: the spec signs in with it straight away.
  await api.ok(api.client.POST('/api/v1/users', { body: { ...user, mustChangePassword: false } }), 201);
  return user;
}
