// `pnpm --filter @keel/server build` (after `prisma generate`): the server as plain JavaScript in dist/,
// so an installed Keel runs on node alone, with no TypeScript tooling at run time.
// - Keel's own code and the workspace packages it uses (@keel/shared, @keel/templates: TypeScript sources)
//   are bundled in; every npm dependency stays an import, resolved from the installed node_modules.
// - The generated Prisma client (its query compiler is a .wasm file beside it) is copied as it is into
//   dist/generated/prisma, and the bundle imports it there.
// - prisma.config.ts is compiled too: migrations run at start with Prisma's CLI and this config.
import { chmodSync, cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const generated = path.join(root, 'src/generated/prisma');

const dependenciesStayImports: Plugin = {
  name: 'dependencies-stay-imports',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@keel/') ? undefined : { path: args.path, external: true },
    );
    b.onResolve({ filter: /\/generated\/prisma\/index\.js$/ }, () => ({
      path: './generated/prisma/index.js',
      external: true,
    }));
  },
};

rmSync(dist, { recursive: true, force: true });
const result = await build({
  entryPoints: { cli: 'src/cli.ts', 'prisma.config': 'prisma.config.ts' },
  absWorkingDir: root,
  outdir: dist,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  sourcemap: true,
  plugins: [dependenciesStayImports],
  logLevel: 'warning',
  metafile: true,
});
cpSync(generated, path.join(dist, 'generated/prisma'), { recursive: true });
chmodSync(path.join(dist, 'cli.js'), 0o755);
const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
console.log(
  `server built into ${path.relative(process.cwd(), dist) || '.'} (${Math.round(bytes / 1024)} KiB of JavaScript)`,
);
