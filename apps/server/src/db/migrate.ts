import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { compiled, serverRoot } from '../paths.js';

const run = promisify(execFile);
const prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');
// The build compiles prisma.config.ts beside the server bundle: an installed Keel runs no TypeScript.
const prismaConfig = compiled
  ? path.join(serverRoot, 'dist/prisma.config.js')
  : path.join(serverRoot, 'prisma.config.ts');

/**
 * Applies pending migrations from prisma/migrations with Prisma's own CLI (`migrate deploy`), so the
 * schema history stays Prisma's. Runs at every start; with nothing pending it is a quick no-op.
 */
export async function applyMigrations(dataDir: string): Promise<string> {
  const { stdout } = await run(process.execPath, [prismaCli, 'migrate', 'deploy', '--config', prismaConfig], {
    // CHECKPOINT_DISABLE: Prisma's CLI would otherwise ask Prisma's own host for updates.
    env: { ...process.env, KEEL_DATA_DIR: dataDir, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' },
    timeout: 60_000,
  });
  return stdout.trim().split('\n').at(-1) ?? '';
}
