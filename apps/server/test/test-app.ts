import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/build-app.js';
import { loadConfig } from '../src/config.js';

/** A Keel app on a throwaway data directory, for `inject` tests. Call `close()` when done. */
export async function testApp(env: NodeJS.ProcessEnv = {}): Promise<FastifyInstance & { dataDir: string }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'keel-test-'));
  const app = await buildApp(loadConfig({ KEEL_DATA_DIR: dataDir, ...env }), false);
  const close = app.close.bind(app);
  return Object.assign(app, {
    dataDir,
    close: async () => {
      await close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}
