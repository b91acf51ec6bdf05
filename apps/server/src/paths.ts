import path from 'node:path';

/**
 * Where Keel's own files are, for both ways it runs: from source (`src/*.ts` under tsx, in a checkout) and
 * compiled (`dist/*.js`, one bundle, in a checkout or an installed prefix). Both sit one level below the
 * server package, and the server package two below the root (`apps/server`), so one rule finds them.
 * An installed prefix has the same layout as a checkout (see scripts/install-production.sh).
 */
const codeDir = import.meta.dirname;

/** `apps/server`: its package.json, the compiled Prisma config. */
export const serverRoot = path.resolve(codeDir, '..');
/** The checkout or the installed prefix: `apps/web/dist`, `prisma/`, `templates/`. */
export const appRoot = path.resolve(serverRoot, '../..');
/** Running the compiled bundle (`pnpm build`), not the TypeScript sources. */
export const compiled = path.basename(codeDir) === 'dist';
