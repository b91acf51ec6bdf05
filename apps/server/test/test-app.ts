import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyServerOptions } from 'fastify';
import type { Role } from '@keel/shared';
import { buildApp } from '../src/build-app.js';
import { loadConfig } from '../src/config.js';
import type { ObserverTimings } from '../src/observe/timings.js';

export const testPassword = 'correct horse battery staple';

export type AuthHeaders = Record<string, string>;

/**
 * A Keel app on a throwaway data directory, for `inject` tests, with one user per role and a Bearer
 * token for each (`app.as.operator` are the headers to act as an operator). Call `close()` when done.
 */
export async function testApp(
  env: NodeJS.ProcessEnv = {},
  logger: FastifyServerOptions['logger'] = false,
  observerTimings?: Partial<ObserverTimings>,
) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'keel-test-'));
  const app = await buildApp(loadConfig({ KEEL_DATA_DIR: dataDir, ...env }), logger, { observerTimings });
  const as = {} as Record<Role, AuthHeaders>;
  for (const role of ['admin', 'operator', 'viewer'] as const) {
    const user = await app.security.users.create({
      username: role,
      password: testPassword,
      role,
      mustChangePassword: false,
    });
    const { token } = await app.security.tokens.create(
      { id: user.id, role },
      { name: `${role} test token`, role },
    );
    as[role] = { authorization: `Bearer ${token}` };
  }
  const close = app.close.bind(app);
  return Object.assign(app, {
    dataDir,
    as,
    close: async () => {
      await close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}
